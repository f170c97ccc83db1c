// Plausible readership for the demo's last 24 hours, so the front page's "Trending" rails are
// not empty on a fresh demo. Deterministic: each story's appetite comes from its slug, newer
// stories draw more readers, and every story is read only after it was published.
import type { TDemoArticle } from "./types";

const HOUR_MS = 60 * 60 * 1000;
const WINDOW_HOURS = 24;
/** Views per hour of the most-read fresh story. */
const PEAK_VIEWS_PER_HOUR = 30;

export type TDemoViewHour = { slug: string; hour: Date; views: number };

/** 0.3 to 1, the same for a slug on every run. */
function appetite(slug: string): number {
  let hash = 0;
  for (const character of slug) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return 0.3 + (hash % 1000) / 1430;
}

export function demoViewHours(articles: readonly TDemoArticle[], now: Date): TDemoViewHour[] {
  const currentHour = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  const rows: TDemoViewHour[] = [];
  for (const article of articles) {
    const publishedAt = now.getTime() - article.hoursAgo * HOUR_MS;
    const perHour = PEAK_VIEWS_PER_HOUR * appetite(article.slug) * (24 / (24 + article.hoursAgo));
    for (let back = 0; back < WINDOW_HOURS; back++) {
      const hour = currentHour - back * HOUR_MS;
      if (hour + HOUR_MS <= publishedAt) break;
      // Readership rises and falls over the day.
      const wave = 0.6 + 0.4 * Math.cos((back / WINDOW_HOURS) * 2 * Math.PI);
      const views = Math.round(perHour * wave);
      if (views > 0) rows.push({ slug: article.slug, hour: new Date(hour), views });
    }
  }
  return rows;
}
