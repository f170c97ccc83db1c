import type { TGranularity } from "./analytics-range";
import type { TCommentDay } from "./read-comment-activity";
import type { TTopStory } from "./read-top-stories";
import type { TViewPoint } from "./read-views-over-time";
import type { TCsvCell } from "./to-csv";

// The numbers behind each chart, as one table shape that both the page's <table> and the CSV
// download are made from, so the two can never disagree. Times are UTC, like the newsroom.

export type TChartTable = { header: string[]; rows: TCsvCell[][] };

export function bucketLabel(at: number, granularity: TGranularity): string {
  const iso = new Date(at).toISOString();
  return granularity === "hour" ? `${iso.slice(0, 10)} ${iso.slice(11, 16)}` : iso.slice(0, 10);
}

export function viewsTable(points: TViewPoint[], granularity: TGranularity): TChartTable {
  return {
    header: [granularity === "hour" ? "Hour (UTC)" : "Day (UTC)", "Views"],
    rows: points.map((point) => [bucketLabel(point.at, granularity), point.views]),
  };
}

/** Held share as a whole percentage, or null on a day without comments. */
export function heldPercent(day: Pick<TCommentDay, "comments" | "held">): number | null {
  return day.comments === 0 ? null : Math.round((day.held / day.comments) * 100);
}

export function commentsTable(days: TCommentDay[]): TChartTable {
  return {
    header: ["Day (UTC)", "Comments", "Held for moderation", "Held share (%)"],
    rows: days.map((day) => [bucketLabel(day.at, "day"), day.comments, day.held, heldPercent(day)]),
  };
}

/** Change against the previous period, as a whole percentage; null when there was nothing before. */
export function trendPercent(story: Pick<TTopStory, "views" | "previousViews">): number | null {
  return story.previousViews === 0 ? null : Math.round(((story.views - story.previousViews) / story.previousViews) * 100);
}

export function topStoriesTable(stories: TTopStory[]): TChartTable {
  return {
    header: ["Rank", "Story", "Slug", "Views", "Views in the previous period", "Change (%)", "Views per day"],
    rows: stories.map((story, index) => [index + 1, story.title, story.slug, story.views, story.previousViews, trendPercent(story), story.daily.join(" ")]),
  };
}
