import "server-only";
import { deriveSlug } from "@/lib/articles/write/derive-slug";
import type { TSourceAuthor, TSourceEvent, TSourcePostStatus, TSourceTag } from "./import-types";

// One Ghost post row, with the tables read before it, turned into what the writer needs.

export type TGhostTables = {
  meta: Record<string, unknown> | null;
  siteKey: string;
  /** Ghost tag id → tag (internal tags left out). */
  tags: Map<string, TSourceTag>;
  /** Ghost user id → author. */
  users: Map<string, TSourceAuthor>;
  postTags: Map<string, string[]>;
  postAuthors: Map<string, string[]>;
};

const STATUS: Record<string, TSourcePostStatus> = { published: "PUBLISHED", scheduled: "SCHEDULED", draft: "DRAFT" };

export function ghostPost(row: Record<string, unknown>, where: string, tables: TGhostTables): TSourceEvent {
  const text = (key: string) => (typeof row[key] === "string" ? (row[key] as string) : "");
  const id = text("id");
  const type = text("type") || "post";
  const title = text("title") || "(untitled)";
  if (!id) return { kind: "skip", skip: { where, reason: "a post without an id" }, comments: 0 };
  if (type !== "post") return { kind: "skip", skip: { where, reason: `a ${type} (“${title}”): only posts become articles` }, comments: 0 };
  const status = STATUS[text("status")];
  if (!status) return { kind: "skip", skip: { where, reason: `“${title}” has the status “${text("status")}” (email-only posts are not imported)` }, comments: 0 };
  const html = text("html");
  if (!html && (text("lexical") || text("mobiledoc"))) {
    return { kind: "skip", skip: { where, reason: `“${title}” has no HTML in the export (only Ghost's editor format): export again from Ghost 5 or later` }, comments: 0 };
  }
  const slug = deriveSlug(text("slug")) || deriveSlug(title) || `post-${id}`;
  const published = text("published_at") ? new Date(text("published_at")) : null;
  const featured = text("feature_image").replace(/^__GHOST_URL__/, "");
  return {
    kind: "post",
    post: {
      sourceId: id,
      where: `${where} (“${title.slice(0, 60)}”)`,
      slug,
      title,
      html: html.replaceAll("__GHOST_URL__/", "/"),
      excerpt: text("custom_excerpt"),
      status,
      publishedAt: published && !Number.isNaN(published.getTime()) ? published : null,
      authorKeys: tables.postAuthors.get(id) ?? [],
      tagSlugs: (tables.postTags.get(id) ?? []).map((tagId) => tables.tags.get(tagId)?.slug).filter((tag): tag is string => Boolean(tag)),
      featuredImageUrl: featured || null,
      featuredAttachmentId: null,
      oldPaths: [`/${text("slug") || slug}/`],
      comments: [],
      skippedComments: [],
    },
  };
}
