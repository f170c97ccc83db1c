import "server-only";
import type { Readable } from "node:stream";
import { SaxesParser } from "saxes";
import { describeReadFailure, importFileError } from "./import-file-error";
import type { TSourceComment, TSourceEvent } from "./import-types";
import { wordpressPost, type TWordpressItem } from "./wordpress-item";

// A WordPress eXtended RSS (WXR) export, read as a stream with saxes (docs/decisions/0014):
// one <item> at a time is held in memory, whatever the size of the file. Yields the site, the
// authors and terms of the channel, then each post (pages, attachments and menu items are
// reported as skipped, so nothing disappears silently). Throws importFileError on anything that
// is not well-formed WXR, naming the line: a truncated file fails at its end.

type TOpenElement = { name: string; attributes: Record<string, string> };

const CHANNEL_FIELDS = new Set(["wp:base_site_url", "wp:base_blog_url", "link", "wp:wxr_version"]);

export async function* readWordpressExport(input: Readable): AsyncGenerator<TSourceEvent> {
  const parser = new SaxesParser({ position: true });
  const stack: TOpenElement[] = [];
  const queue: TSourceEvent[] = [];
  let text = "";
  let item: TWordpressItem | null = null;
  let itemCount = 0;
  let comment: Record<string, string> | null = null;
  let term: Record<string, string> | null = null;
  const channel: Record<string, string> = {};
  let failure: Error | null = null;
  let sawRss = false;

  parser.on("error", (error) => {
    failure ??= importFileError(`line ${parser.line}`, `the XML is not well-formed: ${error.message.replace(/^(?:\S+:)?\d+:\d+: /, "")}`);
  });
  parser.on("opentag", (node) => {
    const attributes = Object.fromEntries(Object.entries(node.attributes).map(([key, value]) => [key, String(value)]));
    stack.push({ name: node.name, attributes });
    text = "";
    if (stack.length === 1) sawRss = node.name === "rss";
    if (node.name === "item" && stack.length === 3) {
      itemCount += 1;
      item = { where: `item ${itemCount} (line ${parser.line})`, fields: {}, categories: [], meta: [], comments: [] };
    } else if (node.name === "wp:comment" && item) comment = {};
    else if ((node.name === "wp:author" || node.name === "wp:category" || node.name === "wp:tag") && !item && stack.length === 3) term = {};
  });
  parser.on("text", (value) => (text += value));
  parser.on("cdata", (value) => (text += value));
  parser.on("closetag", (node) => {
    const open = stack.pop();
    const name = node.name;
    const parent = stack.at(-1)?.name;
    if (name === "item" && item) {
      queue.push(...wordpressPost(item));
      item = null;
    } else if (item && name === "wp:comment" && comment) {
      item.comments.push(comment);
      comment = null;
    } else if (item && comment && parent === "wp:comment") {
      comment[name] = text;
    } else if (item && name === "category" && parent === "item") {
      item.categories.push({ domain: open?.attributes.domain ?? "", nicename: open?.attributes.nicename ?? "", name: text.trim() });
    } else if (item && parent === "wp:postmeta") {
      item.meta.push({ name, value: text });
    } else if (item && parent === "item") {
      item.fields[name] = text;
    } else if (term && stack.length === 2 && (name === "wp:author" || name === "wp:category" || name === "wp:tag")) {
      const event = channelTerm(name, term);
      if (event) queue.push(event);
      term = null;
    } else if (term && stack.length === 3) {
      term[name] = text;
    } else if (parent === "channel" && CHANNEL_FIELDS.has(name)) {
      channel[name] = text.trim();
      if (name === "wp:base_blog_url" || (name === "link" && !channel["wp:base_blog_url"])) {
        queue.push({ kind: "site", siteUrl: (channel["wp:base_blog_url"] ?? channel.link ?? "").replace(/\/+$/, "") });
      }
    }
    text = "";
  });

  try {
    for await (const chunk of input) {
      parser.write(chunk as string);
      if (failure) throw failure;
      if (!sawRss && stack.length > 0) throw importFileError(`line ${parser.line}`, "this is not a WordPress export (WXR): it does not start with <rss>");
      yield* queue.splice(0);
    }
    parser.close();
  } catch (error) {
    if (failure) throw failure;
    if (error instanceof Error && error.name === "AppError") throw error;
    throw importFileError(`line ${parser.line}`, describeReadFailure(error), error);
  }
  if (failure) throw failure;
  if (!channel["wp:wxr_version"]) throw importFileError(`line ${parser.line}`, "this is not a WordPress export (WXR): it has no <wp:wxr_version>");
  yield* queue.splice(0);
}

function channelTerm(name: string, term: Record<string, string>): TSourceEvent | null {
  if (name === "wp:author") {
    const login = (term["wp:author_login"] ?? "").trim();
    if (!login) return null;
    return {
      kind: "author",
      author: {
        key: login,
        email: (term["wp:author_email"] ?? "").trim().toLowerCase(),
        name: (term["wp:author_display_name"] ?? "").trim() || login,
        handle: login,
        bio: "",
      },
    };
  }
  const slug = (term["wp:category_nicename"] ?? term["wp:tag_slug"] ?? "").trim();
  const tagName = (term["wp:cat_name"] ?? term["wp:tag_name"] ?? "").trim();
  if (!slug || !tagName) return null;
  return { kind: "tag", tag: { slug, name: tagName, description: (term["wp:category_description"] ?? term["wp:tag_description"] ?? "").trim() } };
}

export type { TSourceComment };
