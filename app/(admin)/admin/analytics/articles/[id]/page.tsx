import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FormattedDateTime } from "@/components/admin/formatted-date-time";
import { ChartDataTable } from "@/components/charts/chart-data-table";
import { CommentBarChart } from "@/components/charts/comment-bar-chart";
import { LineChart } from "@/components/charts/line-chart";
import { formatNumber } from "@/components/charts/chart-scales";
import { commentsTable, viewsTable } from "@/lib/analytics/chart-tables";
import { describeSeries } from "@/lib/analytics/describe-series";
import { getStoryAnalytics } from "@/lib/analytics/get-story-analytics";
import { requirePagePermission } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Story analytics" };

export default async function StoryAnalyticsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const path = `/admin/analytics/articles/${encodeURIComponent(id)}`;
  const user = await requirePagePermission("article:write-own", path);
  const story = await getStoryAnalytics(user, id);
  if (!story) notFound();
  const daily = story.daily.map((point) => ({ at: point.at, value: point.views }));
  const hourly = story.firstHours.map((point) => ({ at: point.at, value: point.views }));
  const commentTotal = story.comments.reduce((sum, day) => sum + day.comments, 0);
  const heldTotal = story.comments.reduce((sum, day) => sum + day.held, 0);
  return (
    <div className="page">
      <p className="meta">
        <Link href="/admin/analytics">Analytics</Link>
      </p>
      <h1 className="page-title">{story.title}</h1>
      <dl className="admin-facts">
        <dt>Published</dt>
        <dd>{story.publishedAt ? <FormattedDateTime iso={story.publishedAt} /> : "not published"}</dd>
        <dt>Views</dt>
        <dd>{formatNumber(story.totalViews)}</dd>
        <dt>Comments</dt>
        <dd>{formatNumber(story.commentCount)} published</dd>
        <dt>Reading time</dt>
        <dd>{story.readingTimeMinutes === null ? "unknown" : `${story.readingTimeMinutes} min`}</dd>
      </dl>
      {story.status === "PUBLISHED" ? (
        <p>
          <Link href={`/articles/${encodeURIComponent(story.slug)}`}>Read it on the site</Link>
        </p>
      ) : null}

      <section className="admin-panel" aria-labelledby="story-daily-heading">
        <h2 id="story-daily-heading">Views per day since publishing</h2>
        <LineChart title="Views per day since publishing" summary={describeSeries(daily, "day", "views")} points={daily} granularity="day" valueLabel="Views" />
        <ChartDataTable table={viewsTable(story.daily, "day")} caption="Views per day (UTC)" csvHref={`${path}/csv?chart=daily`} />
      </section>

      <section className="admin-panel" aria-labelledby="story-hourly-heading">
        <h2 id="story-hourly-heading">The first three days, by hour</h2>
        <LineChart title="Views per hour in the first three days" summary={describeSeries(hourly, "hour", "views")} points={hourly} granularity="hour" valueLabel="Views" />
        <ChartDataTable table={viewsTable(story.firstHours, "hour")} caption="Views per hour (UTC)" csvHref={`${path}/csv?chart=hourly`} />
      </section>

      <section className="admin-panel" aria-labelledby="story-comments-heading">
        <h2 id="story-comments-heading">Comments per day</h2>
        <CommentBarChart
          title="Comments per day on this story"
          summary={commentTotal === 0 ? "No comments yet." : `${commentTotal} comments, ${heldTotal} held for moderation.`}
          days={story.comments}
        />
        <ChartDataTable table={commentsTable(story.comments)} caption="Comments per day (UTC)" csvHref={`${path}/csv?chart=comments`} />
      </section>
    </div>
  );
}
