import "server-only";
import { cachedRead } from "@/lib/articles/cached-read";
import { cacheTags } from "@/lib/articles/cache-tags";
import { serverEnv } from "@/lib/env";
import { latestVideoArticlesAt } from "./latest-video-articles-at";
import type { TArticleLink } from "@/lib/articles/article-link";
import { trendingArticlesAt } from "./trending-articles-at";

export const TRENDING_RAIL_SIZE = 5;
export const VIDEO_RAIL_SIZE = 4;

// Both rails expire by time (views are not announced; TRENDING_CACHE_SECONDS, a minute by
// default) and with the article lists (an unpublished story must leave the rails at once).
const TAGS = [cacheTags.trending, cacheTags.articles];

/** The "Trending" rail: the most-read stories of the last day. */
export function listTrendingArticles(): Promise<TArticleLink[]> {
  return cachedRead(["trending-articles", String(TRENDING_RAIL_SIZE)], TAGS, () =>
    trendingArticlesAt(new Date(), { limit: TRENDING_RAIL_SIZE }),
    { revalidateSeconds: serverEnv().TRENDING_CACHE_SECONDS },
  );
}

/** The "Trending videos" rail: most-read video stories, topped up with the newest videos. */
export function listTrendingVideos(): Promise<TArticleLink[]> {
  return cachedRead(["trending-videos", String(VIDEO_RAIL_SIZE)], TAGS, () => trendingVideosAt(new Date(), VIDEO_RAIL_SIZE), {
    revalidateSeconds: serverEnv().TRENDING_CACHE_SECONDS,
  });
}

export async function trendingVideosAt(now: Date, limit: number): Promise<TArticleLink[]> {
  const trending = await trendingArticlesAt(now, { limit, videosOnly: true });
  if (trending.length >= limit) return trending;
  const shown = new Set(trending.map((article) => article.id));
  const latest = await latestVideoArticlesAt(now, limit + trending.length);
  return [...trending, ...latest.filter((article) => !shown.has(article.id))].slice(0, limit);
}
