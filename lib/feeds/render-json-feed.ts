import type { TFeed } from "./feed-types";

// JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). JSON.stringify does all the escaping.

export type TJsonFeed = {
  version: "https://jsonfeed.org/version/1.1";
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  items: {
    id: string;
    url: string;
    title: string;
    summary?: string;
    content_html: string;
    date_published: string;
    authors?: { name: string; url?: string }[];
    tags?: string[];
  }[];
};

export function toJsonFeed(feed: TFeed): TJsonFeed {
  return {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.urls.json,
    description: feed.description,
    language: feed.language,
    items: feed.items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      ...(item.summary ? { summary: item.summary } : {}),
      content_html: item.contentHtml,
      date_published: item.publishedAt,
      ...(item.authors.length > 0
        ? { authors: item.authors.map((author) => (author.url ? { name: author.name, url: author.url } : { name: author.name })) }
        : {}),
      ...(item.categories.length > 0 ? { tags: item.categories } : {}),
    })),
  };
}

export function renderJsonFeed(feed: TFeed): string {
  return `${JSON.stringify(toJsonFeed(feed), null, 2)}\n`;
}
