import "server-only";
import { randomUUID } from "node:crypto";
import { utcTimestampText as utc } from "@/lib/dates/utc-timestamp-text";
import { Prisma, type ArticleStatus, type CommentStatus } from "@/lib/generated/prisma/client";

// The import's bulk inserts (20,000 comments, as many import records, and the new articles'
// bylines, tag links, old addresses and revisions) as one INSERT … SELECT FROM unnest(arrays)
// each: Prisma's createMany spent most of the import's CPU building and checking these rows one
// by one (a profile of the 1,000-post import: ~16 s of ~26 s in @prisma/client and its query
// compiler), on a machine of 2 cores shared with PostgreSQL. The articles themselves, and every
// update, keep going through Prisma.

type TTx = Prisma.TransactionClient;

export type TImportCommentRow = {
  id: string;
  articleId: string;
  authorId: string;
  parentId: string | null;
  depth: number;
  body: string;
  status: CommentStatus;
  createdAt: Date;
};

export type TImportRecordRow = { source: string; kind: string; sourceId: string; targetId: string; contentHash: string };

/** Inserts comments in one statement; a reply may come in the same statement as its parent. */
export async function insertImportedComments(tx: TTx, rows: readonly TImportCommentRow[]): Promise<void> {
  if (rows.length === 0) return;
  const now = utc(new Date());
  await tx.$executeRaw`
    INSERT INTO "Comment" ("id", "articleId", "authorId", "parentId", "depth", "body", "status", "createdAt", "updatedAt")
    SELECT "id", "articleId", "authorId", "parentId", "depth", "body", "status"::"CommentStatus", "createdAt", ${now}::timestamp(3)
    FROM unnest(
      ${rows.map((row) => row.id)}::text[],
      ${rows.map((row) => row.articleId)}::text[],
      ${rows.map((row) => row.authorId)}::text[],
      ${rows.map((row) => row.parentId)}::text[],
      ${rows.map((row) => row.depth)}::integer[],
      ${rows.map((row) => row.body)}::text[],
      ${rows.map((row) => row.status)}::text[],
      ${rows.map((row) => utc(row.createdAt))}::timestamp(3)[]
    ) AS row("id", "articleId", "authorId", "parentId", "depth", "body", "status", "createdAt")`;
}

/** Inserts import records in one statement; with `skipExisting`, rows already recorded are left as they are. */
export async function insertImportedRecords(tx: TTx, rows: readonly TImportRecordRow[], options: { skipExisting: boolean }): Promise<void> {
  if (rows.length === 0) return;
  const now = utc(new Date());
  await tx.$executeRaw`
    INSERT INTO "ImportedRecord" ("source", "kind", "sourceId", "targetId", "contentHash", "createdAt", "updatedAt")
    SELECT "source", "kind", "sourceId", "targetId", "contentHash", ${now}::timestamp(3), ${now}::timestamp(3)
    FROM unnest(
      ${rows.map((row) => row.source)}::text[],
      ${rows.map((row) => row.kind)}::text[],
      ${rows.map((row) => row.sourceId)}::text[],
      ${rows.map((row) => row.targetId)}::text[],
      ${rows.map((row) => row.contentHash)}::text[]
    ) AS row("source", "kind", "sourceId", "targetId", "contentHash")
    ${options.skipExisting ? Prisma.sql`ON CONFLICT ("source", "kind", "sourceId") DO NOTHING` : Prisma.empty}`;
}

export type TImportArticleLinkCopies = { status: ArticleStatus; publishedAt: Date | null };
export type TImportBylineRow = TImportArticleLinkCopies & { articleId: string; userId: string; position: number };
export type TImportTagLinkRow = TImportArticleLinkCopies & { articleId: string; tagId: string };
export type TImportRedirectRow = { oldSlug: string; articleId: string };
export type TImportRevisionRow = { articleId: string; version: number; title: string; dek: string; body: unknown; savedById: string; source: string };

/** The new articles' bylines, with the article's status and date copied (as every writer does). */
export async function insertImportedBylines(tx: TTx, rows: readonly TImportBylineRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "ArticleAuthor" ("articleId", "userId", "position", "status", "publishedAt")
    SELECT "articleId", "userId", "position", "status"::"ArticleStatus", "publishedAt"
    FROM unnest(
      ${rows.map((row) => row.articleId)}::text[],
      ${rows.map((row) => row.userId)}::text[],
      ${rows.map((row) => row.position)}::integer[],
      ${rows.map((row) => row.status)}::text[],
      ${rows.map((row) => (row.publishedAt ? utc(row.publishedAt) : null))}::timestamp(3)[]
    ) AS row("articleId", "userId", "position", "status", "publishedAt")`;
}

/** The new articles' tag links; a link already there is left alone. */
export async function insertImportedTagLinks(tx: TTx, rows: readonly TImportTagLinkRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "ArticleTag" ("articleId", "tagId", "status", "publishedAt")
    SELECT "articleId", "tagId", "status"::"ArticleStatus", "publishedAt"
    FROM unnest(
      ${rows.map((row) => row.articleId)}::text[],
      ${rows.map((row) => row.tagId)}::text[],
      ${rows.map((row) => row.status)}::text[],
      ${rows.map((row) => (row.publishedAt ? utc(row.publishedAt) : null))}::timestamp(3)[]
    ) AS row("articleId", "tagId", "status", "publishedAt")
    ON CONFLICT DO NOTHING`;
}

/** Old addresses of the new articles; an address already taken keeps its article. */
export async function insertImportedRedirects(tx: TTx, rows: readonly TImportRedirectRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "ArticleSlugRedirect" ("oldSlug", "articleId")
    SELECT "oldSlug", "articleId"
    FROM unnest(${rows.map((row) => row.oldSlug)}::text[], ${rows.map((row) => row.articleId)}::text[]) AS row("oldSlug", "articleId")
    ON CONFLICT DO NOTHING`;
}

/** The "import" revision of each new article. */
export async function insertImportedRevisions(tx: TTx, rows: readonly TImportRevisionRow[]): Promise<void> {
  if (rows.length === 0) return;
  const now = utc(new Date());
  await tx.$executeRaw`
    INSERT INTO "ArticleRevision" ("id", "articleId", "version", "title", "dek", "body", "savedById", "source", "createdAt", "updatedAt")
    SELECT "id", "articleId", "version", "title", "dek", "body"::jsonb, "savedById", "source", ${now}::timestamp(3), ${now}::timestamp(3)
    FROM unnest(
      ${rows.map(() => randomUUID())}::text[],
      ${rows.map((row) => row.articleId)}::text[],
      ${rows.map((row) => row.version)}::integer[],
      ${rows.map((row) => row.title)}::text[],
      ${rows.map((row) => row.dek)}::text[],
      ${rows.map((row) => JSON.stringify(row.body))}::text[],
      ${rows.map((row) => row.savedById)}::text[],
      ${rows.map((row) => row.source)}::text[]
    ) AS row("id", "articleId", "version", "title", "dek", "body", "savedById", "source")`;
}
