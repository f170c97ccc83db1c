import "server-only";
import { randomUUID } from "node:crypto";
import { cacheTags } from "@/lib/articles/cache-tags";
import { JOB_KINDS } from "@/lib/articles/workflow/job-kinds";
import { firstFreeSlug } from "@/lib/articles/write/derive-slug";
import type { Prisma } from "@/lib/generated/prisma/client";
import { contentHash } from "./content-hash";
import { commenterKey, ensureCommenters } from "./ensure-commenters";
import { foldCommentThread, type TFoldedComment } from "./fold-comment-thread";
import { htmlToDocument } from "./html-to-document";
import type { TImportContext } from "./import-context";
import { addNote, countItem } from "./import-report";
import type { TSourcePost } from "./import-types";
import {
  insertImportedBylines,
  insertImportedComments,
  insertImportedRecords,
  insertImportedRedirects,
  insertImportedRevisions,
  insertImportedTagLinks,
  type TImportBylineRow,
  type TImportCommentRow,
  type TImportRecordRow,
  type TImportRedirectRow,
  type TImportRevisionRow,
  type TImportTagLinkRow,
} from "./insert-import-rows";

// Writes one batch of posts with their comments, inside the caller's transaction, with as few
// statements as the batch allows (createMany for every new row; comments and import records,
// the bulk of them, through insert-import-rows.ts): 1,000 posts and 20,000 comments go in well
// under a minute. Each post is matched to what an earlier run made of it
// through ImportedRecord: unchanged posts are left alone, changed ones updated (unless edited
// in the newsroom since), new ones created. Dry runs read the same way and write nothing.

type TTx = Prisma.TransactionClient;
type TArticleRow = Prisma.ArticleCreateManyInput;

const TITLE_MAX = 200;
const DEK_MAX = 500;

export async function writeImportBatch(tx: TTx, ctx: TImportContext, posts: readonly TSourcePost[]): Promise<void> {
  const hashes = new Map(posts.map((post) => [post.sourceId, contentHash(post)]));
  const records = await tx.importedRecord.findMany({
    where: { source: ctx.source, kind: "post", sourceId: { in: posts.map((post) => post.sourceId) } },
    select: { sourceId: true, targetId: true, contentHash: true },
  });
  const recordOf = new Map(records.map((record) => [record.sourceId, record]));
  const articles = await tx.article.findMany({ where: { id: { in: records.map((record) => record.targetId) } }, select: { id: true, version: true, slug: true } });
  const articleOf = new Map(articles.map((article) => [article.id, article]));

  const toCreate: TSourcePost[] = [];
  const toUpdate: { post: TSourcePost; articleId: string; version: number; slug: string }[] = [];
  for (const post of posts) {
    const record = recordOf.get(post.sourceId);
    const article = record ? articleOf.get(record.targetId) : undefined;
    if (!record || !article) {
      toCreate.push(post);
      continue;
    }
    const [hash, version] = record.contentHash.split("@");
    if (hash === hashes.get(post.sourceId)) {
      countItem(ctx.report, "posts", "unchanged");
      countItem(ctx.report, "comments", "unchanged", post.comments.length);
    } else if (Number(version) !== article.version) {
      countItem(ctx.report, "posts", "skipped");
      countItem(ctx.report, "comments", "skipped", post.comments.length);
      addNote(ctx.report, post.where, `changed in the export, but also edited in the newsroom since the last import (now version ${article.version}): left as it is`);
    } else toUpdate.push({ post, articleId: article.id, version: article.version, slug: article.slug });
  }
  await ensureCommenters(tx, ctx, [...toCreate, ...toUpdate.map((entry) => entry.post)].flatMap((post) => post.comments));
  await createPosts(tx, ctx, toCreate, hashes);
  for (const entry of toUpdate) await updatePost(tx, ctx, entry, hashes.get(entry.post.sourceId) ?? "");
}

function convert(ctx: TImportContext, post: TSourcePost) {
  const { document, notes } = htmlToDocument(post.html);
  for (const note of notes) addNote(ctx.report, post.where, note);
  for (const skip of post.skippedComments) addNote(ctx.report, `${post.where}, ${skip.where}`, `skipped: ${skip.reason}`);
  countItem(ctx.report, "comments", "skipped", post.skippedComments.length);
  const featuredImageUrl = post.featuredImageUrl ?? (post.featuredAttachmentId ? (ctx.attachments.get(post.featuredAttachmentId) ?? null) : null);
  if (post.featuredAttachmentId && !featuredImageUrl) addNote(ctx.report, post.where, `its featured image (attachment ${post.featuredAttachmentId}) is not in the export`);
  const authorIds = [...new Set(post.authorKeys.map((key) => ctx.authorIds.get(key)).filter((id): id is string => Boolean(id)))];
  if (authorIds.length === 0) authorIds.push(ctx.actor.id);
  const tagIds = [...new Set(post.tagSlugs.map((slug) => ctx.tagIds.get(slug)).filter((id): id is string => Boolean(id)))].slice(0, 20);
  const isLive = post.status !== "DRAFT";
  return {
    document,
    featuredImageUrl: featuredImageUrl && /^https?:\/\//.test(featuredImageUrl) ? featuredImageUrl : null,
    authorIds,
    tagIds,
    title: post.title.slice(0, TITLE_MAX),
    dek: post.excerpt.replace(/\s+/g, " ").trim().slice(0, DEK_MAX),
    copies: { status: post.status, publishedAt: isLive ? post.publishedAt : null },
  };
}

async function createPosts(tx: TTx, ctx: TImportContext, posts: readonly TSourcePost[], hashes: ReadonlyMap<string, string>): Promise<void> {
  if (posts.length === 0) return;
  const slugs = await freeSlugs(tx, ctx, posts);
  const articleRows: TArticleRow[] = [];
  const authorRows: TImportBylineRow[] = [];
  const tagRows: TImportTagLinkRow[] = [];
  const revisionRows: TImportRevisionRow[] = [];
  const redirectRows: TImportRedirectRow[] = [];
  const recordRows: TImportRecordRow[] = [];
  const commentRows: TImportCommentRow[] = [];
  const jobRows: Prisma.ScheduledJobCreateManyInput[] = [];
  for (const post of posts) {
    const id = randomUUID();
    const slug = slugs.get(post.sourceId) ?? post.slug;
    const converted = convert(ctx, post);
    const comments = commentRowsFor(ctx, post, id, new Map());
    articleRows.push({
      id,
      title: converted.title,
      slug,
      dek: converted.dek,
      body: converted.document,
      ...converted.copies,
      featuredImageUrl: converted.featuredImageUrl,
      featuredImageAlt: converted.featuredImageUrl ? converted.title : null,
      commentPolicy: ctx.defaultCommentPolicy,
      commentCount: comments.rows.filter((row) => row.status === "PUBLISHED").length,
      createdAt: post.publishedAt ?? new Date(),
    });
    converted.authorIds.forEach((userId, position) => authorRows.push({ articleId: id, userId, position, ...converted.copies }));
    for (const tagId of converted.tagIds) tagRows.push({ articleId: id, tagId, ...converted.copies });
    revisionRows.push({ articleId: id, version: 1, title: converted.title, dek: converted.dek, body: converted.document, savedById: ctx.actor.id, source: "import" });
    for (const oldSlug of post.oldPaths) redirectRows.push({ oldSlug, articleId: id });
    recordRows.push({ source: ctx.source, kind: "post", sourceId: post.sourceId, targetId: id, contentHash: `${hashes.get(post.sourceId)}@1` }, ...comments.records);
    commentRows.push(...comments.rows);
    if (post.status === "SCHEDULED" && post.publishedAt) jobRows.push({ kind: JOB_KINDS.publish, articleId: id, runAt: post.publishedAt, createdById: ctx.actor.id });
    countItem(ctx.report, "posts", "created");
    countItem(ctx.report, "comments", "created", comments.rows.length);
    countItem(ctx.report, "redirects", "created", post.oldPaths.length);
    noteCacheTags(ctx, slug, post.oldPaths, converted.tagIds.length > 0 ? post.tagSlugs : [], id);
  }
  if (ctx.dryRun) return;
  await tx.article.createMany({ data: articleRows });
  await insertImportedBylines(tx, authorRows);
  await insertImportedTagLinks(tx, tagRows);
  await insertImportedRevisions(tx, revisionRows);
  await insertImportedRedirects(tx, redirectRows);
  await insertImportedComments(tx, commentRows);
  await insertImportedRecords(tx, recordRows, { skipExisting: false });
  if (jobRows.length > 0) await tx.scheduledJob.createMany({ data: jobRows });
}

/** The post's own slug unless another article (or another's old address) has it: then slug-2, … */
async function freeSlugs(tx: TTx, ctx: TImportContext, posts: readonly TSourcePost[]): Promise<Map<string, string>> {
  const wanted = posts.map((post) => post.slug);
  const taken = new Set([
    ...(await tx.article.findMany({ where: { slug: { in: wanted } }, select: { slug: true } })).map((row) => row.slug),
    ...(await tx.articleSlugRedirect.findMany({ where: { oldSlug: { in: wanted } }, select: { oldSlug: true } })).map((row) => row.oldSlug),
  ]);
  const chosen = new Map<string, string>();
  for (const post of posts) {
    let slug = post.slug;
    if (taken.has(slug)) {
      slug = await firstFreeSlug(post.slug, async (candidate) =>
        taken.has(candidate) || Boolean(await tx.article.findUnique({ where: { slug: candidate }, select: { id: true } })),
      );
      addNote(ctx.report, post.where, `the slug “${post.slug}” is taken: the article is at /articles/${slug} (its old addresses still lead there)`);
    }
    taken.add(slug);
    chosen.set(post.sourceId, slug);
  }
  return chosen;
}

/** Comment rows for a post, reusing the ids of comments an earlier run already made. */
function commentRowsFor(ctx: TImportContext, post: TSourcePost, articleId: string, existing: ReadonlyMap<string, string>) {
  const folded = foldCommentThread(post.comments);
  const ids = new Map(folded.map((comment) => [comment.sourceId, existing.get(comment.sourceId) ?? randomUUID()]));
  const rows: TImportCommentRow[] = [];
  const records: TImportRecordRow[] = [];
  for (const comment of folded) {
    if (existing.has(comment.sourceId)) continue;
    if (comment.sourceDepth > comment.depth) countFold(ctx, post, comment);
    const id = ids.get(comment.sourceId) ?? randomUUID();
    rows.push({
      id,
      articleId,
      authorId: ctx.commenterIds.get(commenterKey(comment)) ?? ctx.actor.id,
      parentId: comment.parentSourceId ? (ids.get(comment.parentSourceId) ?? null) : null,
      depth: comment.depth,
      body: comment.body,
      status: comment.status,
      createdAt: comment.createdAt,
    });
    records.push({ source: ctx.source, kind: "comment", sourceId: comment.sourceId, targetId: id, contentHash: contentHash([comment.body, comment.status]) });
  }
  return { rows, records };
}

function countFold(ctx: TImportContext, post: TSourcePost, comment: TFoldedComment): void {
  addNote(ctx.report, `${post.where}, comment ${comment.sourceId}`, `a reply ${comment.sourceDepth} levels deep, shown at our deepest level (${comment.depth})`);
}

function noteCacheTags(ctx: TImportContext, slug: string, oldPaths: readonly string[], tagSlugs: readonly string[], articleId: string): void {
  ctx.cacheTags.add(cacheTags.articles).add(cacheTags.article(slug)).add(cacheTags.comments(articleId));
  for (const path of oldPaths) ctx.cacheTags.add(cacheTags.article(path));
  for (const tag of tagSlugs) ctx.cacheTags.add(cacheTags.tag(tag));
}

async function updatePost(tx: TTx, ctx: TImportContext, entry: { post: TSourcePost; articleId: string; version: number; slug: string }, hash: string): Promise<void> {
  const { post, articleId } = entry;
  const converted = convert(ctx, post);
  const records = await tx.importedRecord.findMany({
    where: { source: ctx.source, kind: "comment", sourceId: { in: post.comments.map((comment) => comment.sourceId) } },
    select: { sourceId: true, targetId: true, contentHash: true },
  });
  const existing = new Map(records.map((record) => [record.sourceId, record.targetId]));
  const comments = commentRowsFor(ctx, post, articleId, existing);
  const changedComments = post.comments.filter((comment) => {
    const record = records.find((row) => row.sourceId === comment.sourceId);
    return record && record.contentHash !== contentHash([comment.body, comment.status]);
  });
  countItem(ctx.report, "posts", "updated");
  countItem(ctx.report, "comments", "created", comments.rows.length);
  countItem(ctx.report, "comments", "updated", changedComments.length);
  countItem(ctx.report, "comments", "unchanged", records.length - changedComments.length);
  noteCacheTags(ctx, entry.slug, post.oldPaths, post.tagSlugs, articleId);
  if (ctx.dryRun) return;
  const version = entry.version + 1;
  await tx.article.update({
    where: { id: articleId },
    data: {
      title: converted.title,
      dek: converted.dek,
      body: converted.document,
      ...converted.copies,
      featuredImageUrl: converted.featuredImageUrl,
      featuredImageAlt: converted.featuredImageUrl ? converted.title : null,
      version,
    },
  });
  await tx.articleAuthor.deleteMany({ where: { articleId } });
  await tx.articleAuthor.createMany({ data: converted.authorIds.map((userId, position) => ({ articleId, userId, position, ...converted.copies })) });
  await tx.articleTag.deleteMany({ where: { articleId } });
  await tx.articleTag.createMany({ data: converted.tagIds.map((tagId) => ({ articleId, tagId, ...converted.copies })), skipDuplicates: true });
  await tx.articleRevision.create({ data: { articleId, version, title: converted.title, dek: converted.dek, body: converted.document, savedById: ctx.actor.id, source: "import" } });
  await tx.articleSlugRedirect.createMany({ data: post.oldPaths.map((oldSlug) => ({ oldSlug, articleId })), skipDuplicates: true });
  await insertImportedComments(tx, comments.rows);
  await insertImportedRecords(tx, comments.records, { skipExisting: true });
  for (const comment of changedComments) {
    const targetId = existing.get(comment.sourceId);
    if (!targetId) continue;
    await tx.comment.update({ where: { id: targetId }, data: { body: comment.body, status: comment.status } });
    await tx.importedRecord.update({
      where: { source_kind_sourceId: { source: ctx.source, kind: "comment", sourceId: comment.sourceId } },
      data: { contentHash: contentHash([comment.body, comment.status]) },
    });
  }
  const commentCount = await tx.comment.count({ where: { articleId, status: "PUBLISHED" } });
  await tx.article.update({ where: { id: articleId }, data: { commentCount } });
  await tx.importedRecord.update({ where: { source_kind_sourceId: { source: ctx.source, kind: "post", sourceId: post.sourceId } }, data: { contentHash: `${hash}@${version}` } });
}
