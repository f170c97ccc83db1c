// A feed as data, before it is written as RSS 2.0, Atom 1.0 or JSON Feed 1.1. Every URL is
// absolute; every date is ISO 8601; `contentHtml` was made by lib/feeds/document-to-html.ts.

export type TFeedFormat = "rss" | "atom" | "json";

export type TFeedScope = { kind: "site" } | { kind: "tag"; slug: string } | { kind: "author"; handle: string };

export type TFeedAuthor = { name: string; url: string | null };

export type TFeedItem = {
  /** Stable across renames: built from the article id, not its slug. */
  id: string;
  url: string;
  title: string;
  /** The dek; may be empty. */
  summary: string;
  contentHtml: string;
  /** ISO 8601. */
  publishedAt: string;
  authors: TFeedAuthor[];
  categories: string[];
};

export type TFeed = {
  /** Stable id of the feed itself (Atom id). */
  id: string;
  title: string;
  description: string;
  /** The HTML page the feed follows. */
  homeUrl: string;
  /** This feed's own address in each format. */
  urls: Record<TFeedFormat, string>;
  /** ISO 8601: the newest item's date, or the time the feed was built when it has none. */
  updatedAt: string;
  language: string;
  items: TFeedItem[];
};
