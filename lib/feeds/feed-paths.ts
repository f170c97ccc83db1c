import type { TFeedFormat, TFeedScope } from "./feed-types";

// Where each feed lives. Site feeds at the root (/feed.xml, /atom.xml, /feed.json), a topic's
// and an author's beside their pages (/tags/<slug>/feed.xml, /authors/<handle>/atom.xml).

const FILE_NAMES: Record<TFeedFormat, string> = { rss: "feed.xml", atom: "atom.xml", json: "feed.json" };

export const FEED_CONTENT_TYPES: Record<TFeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

/** The path of the page a feed follows. */
export function feedScopePath(scope: TFeedScope): string {
  switch (scope.kind) {
    case "site":
      return "/";
    case "tag":
      return `/tags/${encodeURIComponent(scope.slug)}`;
    case "author":
      return `/authors/${encodeURIComponent(scope.handle)}`;
  }
}

export function feedPath(scope: TFeedScope, format: TFeedFormat): string {
  const base = feedScopePath(scope);
  return `${base === "/" ? "" : base}/${FILE_NAMES[format]}`;
}

/** `alternates.types` for a page's metadata: a <link rel="alternate"> per feed format. */
export function feedAlternateTypes(scope: TFeedScope, title: string): Record<string, { url: string; title: string }[]> {
  return {
    "application/rss+xml": [{ url: feedPath(scope, "rss"), title: `${title} (RSS)` }],
    "application/atom+xml": [{ url: feedPath(scope, "atom"), title: `${title} (Atom)` }],
    "application/feed+json": [{ url: feedPath(scope, "json"), title: `${title} (JSON Feed)` }],
  };
}
