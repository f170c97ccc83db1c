import { escapeMarkup } from "./escape-markup";
import type { TFeed, TFeedItem } from "./feed-types";

// RSS 2.0 (https://www.rssboard.org/rss-specification). <author> must be an email address, so
// bylines go in dc:creator; the full story goes in content:encoded, the dek in <description>.

function rfc822(iso: string): string {
  // toUTCString gives "Wed, 25 Nov 2026 15:00:00 GMT", an RFC 822 date as RSS requires.
  return new Date(iso).toUTCString();
}

function element(name: string, text: string): string {
  return `<${name}>${escapeMarkup(text)}</${name}>`;
}

function itemXml(item: TFeedItem): string {
  return [
    "    <item>",
    `      ${element("title", item.title)}`,
    `      ${element("link", item.url)}`,
    `      <guid isPermaLink="false">${escapeMarkup(item.id)}</guid>`,
    `      ${element("pubDate", rfc822(item.publishedAt))}`,
    ...item.authors.map((author) => `      ${element("dc:creator", author.name)}`),
    ...item.categories.map((category) => `      ${element("category", category)}`),
    `      ${element("description", item.summary)}`,
    `      ${element("content:encoded", item.contentHtml)}`,
    "    </item>",
  ].join("\n");
}

export function renderRss(feed: TFeed): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">`,
    "  <channel>",
    `    ${element("title", feed.title)}`,
    `    ${element("link", feed.homeUrl)}`,
    `    ${element("description", feed.description)}`,
    `    ${element("language", feed.language)}`,
    `    ${element("lastBuildDate", rfc822(feed.updatedAt))}`,
    `    <atom:link href="${escapeMarkup(feed.urls.rss)}" rel="self" type="application/rss+xml"/>`,
    ...feed.items.map(itemXml),
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}
