import { escapeMarkup } from "./escape-markup";
import type { TFeed, TFeedAuthor, TFeedItem } from "./feed-types";

// Atom 1.0 (RFC 4287). Content is HTML carried as escaped text (type="html").

function element(name: string, text: string, attributes = ""): string {
  return `<${name}${attributes}>${escapeMarkup(text)}</${name}>`;
}

function authorXml(author: TFeedAuthor, indent: string): string {
  const uri = author.url ? `<uri>${escapeMarkup(author.url)}</uri>` : "";
  return `${indent}<author><name>${escapeMarkup(author.name)}</name>${uri}</author>`;
}

function entryXml(item: TFeedItem, feedTitle: string): string {
  // Every entry needs an author: the publication stands in for a story without a byline.
  const authors = item.authors.length > 0 ? item.authors : [{ name: feedTitle, url: null }];
  return [
    "  <entry>",
    `    ${element("id", item.id)}`,
    `    ${element("title", item.title, ' type="text"')}`,
    `    <link rel="alternate" type="text/html" href="${escapeMarkup(item.url)}"/>`,
    `    ${element("published", item.publishedAt)}`,
    `    ${element("updated", item.publishedAt)}`,
    ...authors.map((author) => authorXml(author, "    ")),
    ...item.categories.map((category) => `    <category term="${escapeMarkup(category)}"/>`),
    ...(item.summary ? [`    ${element("summary", item.summary, ' type="text"')}`] : []),
    `    ${element("content", item.contentHtml, ' type="html"')}`,
    "  </entry>",
  ].join("\n");
}

export function renderAtom(feed: TFeed): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeMarkup(feed.language)}">`,
    `  ${element("id", feed.id)}`,
    `  ${element("title", feed.title, ' type="text"')}`,
    `  ${element("subtitle", feed.description, ' type="text"')}`,
    `  ${element("updated", feed.updatedAt)}`,
    `  <link rel="self" type="application/atom+xml" href="${escapeMarkup(feed.urls.atom)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeMarkup(feed.homeUrl)}"/>`,
    ...feed.items.map((item) => entryXml(item, feed.title)),
    "</feed>",
    "",
  ].join("\n");
}
