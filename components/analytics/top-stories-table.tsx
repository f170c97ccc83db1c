import Link from "next/link";
import { Sparkline, sparklineLabel } from "@/components/charts/sparkline";
import { formatNumber } from "@/components/charts/chart-scales";
import { trendPercent } from "@/lib/analytics/chart-tables";
import type { TTopStory } from "@/lib/analytics/read-top-stories";

/** "up 12 %", "down 3 %", "new": an arrow and words, never colour alone. */
export function TrendText({ story }: { story: Pick<TTopStory, "views" | "previousViews"> }) {
  const percent = trendPercent(story);
  if (percent === null) return <span>new this period</span>;
  if (percent === 0) return <span>→ unchanged</span>;
  return <span>{percent > 0 ? `↑ up ${percent}%` : `↓ down ${-percent}%`}</span>;
}

export function TopStoriesTable({ stories, caption, storyHref }: { stories: TTopStory[]; caption: string; storyHref: (id: string) => string }) {
  return (
    <div className="admin-table-wrap">
      <table className="admin-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Story</th>
            <th scope="col">Views</th>
            <th scope="col">Trend per day</th>
            <th scope="col">Against the period before</th>
          </tr>
        </thead>
        <tbody>
          {stories.map((story) => (
            <tr key={story.articleId}>
              <th scope="row">
                <Link href={storyHref(story.articleId)}>{story.title}</Link>
              </th>
              <td>{formatNumber(story.views)}</td>
              <td>
                <Sparkline values={story.daily} label={sparklineLabel(story.daily, "Views")} />
              </td>
              <td>
                <TrendText story={story} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
