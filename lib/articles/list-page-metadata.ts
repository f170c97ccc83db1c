import type { Metadata } from "next";
import { feedAlternateTypes } from "@/lib/feeds/feed-paths";
import type { TFeedScope } from "@/lib/feeds/feed-types";
import { afterCursor, laterPageRobots, type TSearchParams } from "@/lib/pagination/after-cursor";

type TListPage = {
  title: string;
  description: string;
  /** The first page's address: later pages (`?after=`) point at it and are not indexed. */
  canonical: string;
  /** The list's own feeds, announced as alternates. */
  feed?: TFeedScope;
};

/** The metadata of a reader list page (an author's, a topic's, a month's stories). */
export async function listPageMetadata(page: TListPage, searchParams: Promise<TSearchParams>): Promise<Metadata> {
  return {
    title: page.title,
    description: page.description,
    alternates: { canonical: page.canonical, ...(page.feed ? { types: feedAlternateTypes(page.feed, page.title) } : {}) },
    robots: laterPageRobots(await afterCursor(searchParams)),
  };
}
