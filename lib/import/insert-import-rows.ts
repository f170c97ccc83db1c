import "server-only";
import { utcTimestampText as utc } from "@/lib/dates/utc-timestamp-text";
import { Prisma, type CommentStatus } from "@/lib/generated/prisma/client";

// The import's two bulk inserts, 20,000 comments and as many import records for the WordPress
// fixture, as one INSERT … SELECT FROM unnest(arrays) each: Prisma's createMany spent about half
// the import's CPU building and checking these rows one by one (a profile of the 1,000-post
// import: ~16 s of ~26 s in @prisma/client and its query compiler), on a machine of 2 cores
// shared with PostgreSQL. Everything else keeps going through Prisma.

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
