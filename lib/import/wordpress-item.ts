import "server-only";
import { deriveSlug } from "@/lib/articles/write/derive-slug";
import type { TSourceComment, TSourceEvent, TSourcePostStatus, TSourceSkip } from "./import-types";
import { stripHtml } from "./strip-html";

// One <item> of a WXR file, as the reader collected it, turned into what the writer needs.

export type TWordpressItem = {
  where: string;
  fields: Record<string, string>;
  categories: { domain: string; nicename: string; name: string }[];
  meta: { name: string; value: string }[];
  comments: Record<string, string>[];
};

const POST_STATUS: Record<string, TSourcePostStatus> = { publish: "PUBLISHED", future: "SCHEDULED", draft: "DRAFT", pending: "DRAFT", private: "DRAFT" };
/** WordPress's placeholder category: every post has it unless given another; it is not a topic. */
export const PLACEHOLDER_CATEGORY = "uncategorized";

export function wordpressPost(item: TWordpressItem): TSourceEvent[] {
  const field = (name: string) => (item.fields[name] ?? "").trim();
  const type = field("wp:post_type");
  const id = field("wp:post_id");
  const comments = item.comments.length;
  if (type === "attachment") {
    const url = field("wp:attachment_url") || field("guid");
    return url ? [{ kind: "attachment", id, url }] : [];
  }
  if (type !== "post") {
    return [{ kind: "skip", skip: { where: item.where, reason: `a ${type || "untyped"} item (“${field("title") || id}”): only posts become articles` }, comments }];
  }
  const wpStatus = field("wp:status");
  const status = POST_STATUS[wpStatus];
  if (!status) return [{ kind: "skip", skip: { where: item.where, reason: `post ${id} has the status “${wpStatus}” (trash and auto-drafts are not imported)` }, comments }];
  const title = field("title") || "(untitled)";
  const slug = deriveSlug(safeDecode(field("wp:post_name"))) || deriveSlug(title) || `post-${id}`;
  const publishedAt = wordpressDate(field("wp:post_date_gmt")) ?? (status === "DRAFT" ? null : wordpressDate(field("wp:post_date")));
  const thumbnail = item.meta.find((entry, index) => entry.name === "wp:meta_key" && entry.value === "_thumbnail_id" && item.meta[index + 1]);
  const thumbnailIndex = thumbnail ? item.meta.indexOf(thumbnail) : -1;
  const skippedComments: TSourceSkip[] = [];
  const kept: TSourceComment[] = [];
  for (const raw of item.comments) {
    const result = wordpressComment(raw);
    if ("reason" in result) skippedComments.push(result);
    else kept.push(result);
  }
  return [
    {
      kind: "post",
      post: {
        sourceId: id,
        where: item.where,
        slug,
        title,
        html: item.fields["content:encoded"] ?? "",
        excerpt: stripHtml(item.fields["excerpt:encoded"] ?? ""),
        status,
        publishedAt,
        authorKeys: field("dc:creator") ? [field("dc:creator")] : [],
        tagSlugs: item.categories
          .filter((category) => (category.domain === "post_tag" || category.domain === "category") && category.nicename !== PLACEHOLDER_CATEGORY)
          .map((category) => category.nicename),
        featuredImageUrl: null,
        featuredAttachmentId: thumbnailIndex >= 0 ? (item.meta[thumbnailIndex + 1]?.value.trim() ?? null) : null,
        oldPaths: oldPaths(field("link"), id),
        comments: kept,
        skippedComments,
      },
    },
  ];
}

function wordpressComment(raw: Record<string, string>): TSourceComment | TSourceSkip {
  const id = (raw["wp:comment_id"] ?? "").trim();
  const where = `comment ${id}`;
  const approved = (raw["wp:comment_approved"] ?? "").trim();
  const type = (raw["wp:comment_type"] ?? "").trim();
  if (type === "pingback" || type === "trackback") return { where, reason: `a ${type}, not a comment` };
  if (approved !== "1" && approved !== "0") return { where, reason: `marked “${approved}” in WordPress (spam and trash are not imported)` };
  const body = stripHtml(raw["wp:comment_content"] ?? "");
  if (!body) return { where, reason: "it is empty" };
  const parent = (raw["wp:comment_parent"] ?? "0").trim();
  return {
    sourceId: id,
    parentSourceId: parent && parent !== "0" ? parent : null,
    authorName: (raw["wp:comment_author"] ?? "").trim() || "Anonymous",
    authorEmail: (raw["wp:comment_author_email"] ?? "").trim().toLowerCase(),
    body,
    createdAt: wordpressDate(raw["wp:comment_date_gmt"] ?? "") ?? wordpressDate(raw["wp:comment_date"] ?? "") ?? new Date(0),
    status: approved === "1" ? "PUBLISHED" : "PENDING",
  };
}

/** "2026-01-01 06:28:00" in UTC; WordPress writes zeros for "never". */
function wordpressDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match || match[1] === "0000") return null;
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The permalink's path (with its trailing slash) and the ?p= address every post also answers to. */
function oldPaths(link: string, id: string): string[] {
  const paths: string[] = [];
  try {
    const url = new URL(link);
    const path = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
    if (path !== "/") paths.push(path);
    const p = url.searchParams.get("p");
    if (p && /^\d+$/.test(p)) paths.push(`/?p=${p}`);
  } catch {
    // A post without a usable permalink keeps its ?p= address.
  }
  if (/^\d+$/.test(id) && !paths.includes(`/?p=${id}`)) paths.push(`/?p=${id}`);
  return paths;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
