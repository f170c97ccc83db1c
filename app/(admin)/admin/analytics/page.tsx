import type { Metadata } from "next";
import { AnalyticsRangeForm } from "@/components/analytics/analytics-range-form";
import { TopStoriesTable } from "@/components/analytics/top-stories-table";
import { ChartDataTable } from "@/components/charts/chart-data-table";
import { CommentBarChart } from "@/components/charts/comment-bar-chart";
import { LineChart } from "@/components/charts/line-chart";
import { parseAnalyticsRange, rangeQuery } from "@/lib/analytics/analytics-range";
import { commentsTable, viewsTable } from "@/lib/analytics/chart-tables";
import { describeSeries, formatDuration } from "@/lib/analytics/describe-series";
import { getNewsroomAnalytics } from "@/lib/analytics/get-newsroom-analytics";
import { requirePagePermission } from "@/lib/auth/guards";
import { singleSearchParam } from "@/lib/pagination/single-search-param";

export const metadata: Metadata = { title: "Analytics" };

type TAnalyticsPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AnalyticsPage({ searchParams }: TAnalyticsPageProps) {
  const params = await searchParams;
  const { range, problems } = parseAnalyticsRange({
    from: singleSearchParam(params.from),
    to: singleSearchParam(params.to),
    granularity: singleSearchParam(params.granularity),
  });
  const query = rangeQuery(range);
  const user = await requirePagePermission("article:write-own", `/admin/analytics?${query}`);
  const data = await getNewsroomAnalytics(user, range);
  const isOwn = data.scope.kind === "author";
  const viewPoints = data.views.map((point) => ({ at: point.at, value: point.views }));
  const commentTotal = data.comments.reduce((sum, day) => sum + day.comments, 0);
  const heldTotal = data.comments.reduce((sum, day) => sum + day.held, 0);
  const commentSummary =
    commentTotal === 0
      ? "No comments in this period."
      : `${commentTotal} comments, ${heldTotal} of them (${Math.round((heldTotal / commentTotal) * 100)}%) held for moderation.`;
  return (
    <div className="page">
      <h1 className="page-title">Analytics</h1>
      <p className="lede">{isOwn ? "What readers read and discuss of your stories." : "What readers read and discuss."}</p>
      <AnalyticsRangeForm action="/admin/analytics" range={range} problems={problems} />

      <section className="admin-panel" aria-labelledby="views-heading">
        <h2 id="views-heading">Views per {range.granularity}</h2>
        <LineChart
          title={`Views per ${range.granularity}`}
          summary={describeSeries(viewPoints, range.granularity, "views")}
          points={viewPoints}
          granularity={range.granularity}
          valueLabel="Views"
        />
        <ChartDataTable table={viewsTable(data.views, range.granularity)} caption={`Views per ${range.granularity} (UTC)`} csvHref={`/admin/analytics/csv/views?${query}`} />
      </section>

      <section className="admin-panel" aria-labelledby="top-heading">
        <h2 id="top-heading">Top stories</h2>
        {data.topStories.length > 0 ? (
          <>
            <TopStoriesTable stories={data.topStories} caption="Most read stories in this period, with views per day" storyHref={(id) => `/admin/analytics/articles/${encodeURIComponent(id)}`} />
            <p>
              <a href={`/admin/analytics/csv/top-stories?${query}`} download>
                Download the top stories (CSV)
              </a>
            </p>
          </>
        ) : (
          <p>No story was read in this period.</p>
        )}
      </section>

      <section className="admin-panel" aria-labelledby="comments-heading">
        <h2 id="comments-heading">Comments per day</h2>
        <CommentBarChart title="Comments per day, with the part held for moderation" summary={commentSummary} days={data.comments} />
        <ChartDataTable table={commentsTable(data.comments)} caption="Comments per day (UTC)" csvHref={`/admin/analytics/csv/comments?${query}`} />
        {data.moderation ? (
          <p>
            Median time to a moderator&apos;s decision on held comments:{" "}
            <strong>{data.moderation.medianSeconds === null ? "no decisions yet" : formatDuration(data.moderation.medianSeconds)}</strong>
            {data.moderation.decisions > 0 ? ` (${data.moderation.decisions} decisions)` : ""}.
          </p>
        ) : null}
      </section>
    </div>
  );
}
