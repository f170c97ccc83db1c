// Shorthands for writing demo articles: each article file reads close to the published piece.
import { blockquote, bulletList, doc, heading, prose, video } from "@/tests/factories/documents";
import type { TBlockquote } from "@/lib/content/document-schema";
import type { TDemoComment, TDemoPerson } from "./types";

export { doc, prose as p, bulletList as list, video };

export function h2(title: string) {
  return heading(2, title);
}

/** A quotation from another outlet or person; `said` is who, `url` where it appeared. */
export function quote(words: string | string[], said: string, url: string): TBlockquote {
  return blockquote(words, { attribution: said, sourceUrl: url });
}

export function say(by: TDemoPerson, body: string, ...replies: TDemoComment[]): TDemoComment {
  return { by, body, status: "PUBLISHED", replies };
}

/** A comment still waiting for a moderator, so the queue has something in it. */
export function sayPending(by: TDemoPerson, body: string): TDemoComment {
  return { by, body, status: "PENDING", replies: [] };
}

/** Placeholder video addresses: the ids are not real videos. */
export function demoVideoUrl(id: string): string {
  return `https://www.youtube.com/watch?v=${id}`;
}
