import { archiveMonthPath } from "@/lib/archive/archive-month";
import type { TFeedScope } from "@/lib/feeds/feed-types";
import type { TArticleListFilter } from "./list-article-page";

/** The public address of a reader list's first page (lib/reader-routes.ts): its canonical address. */
export function articleListPath(filter: TArticleListFilter): string {
  if ("author" in filter) return `/authors/${encodeURIComponent(filter.author.handle)}`;
  if ("tag" in filter) return `/tags/${encodeURIComponent(filter.tag.slug)}`;
  return archiveMonthPath(filter.month);
}

/** The feed a reader list announces: an author's and a topic's have one, a month has none. */
export function articleListFeed(filter: TArticleListFilter): TFeedScope | undefined {
  if ("author" in filter) return { kind: "author", handle: filter.author.handle };
  if ("tag" in filter) return { kind: "tag", slug: filter.tag.slug };
  return undefined;
}
