import "server-only";
import { newCuid } from "@/lib/db/new-id";
import { sqlRows } from "@/lib/db/sql";
import { Prisma, type CommentPolicy, type CommentStatus } from "@/lib/generated/prisma/client";
import { pruneOccasionally, rateLimitUpsert, type TRateLimitRule } from "@/lib/rate-limit/consume-rate-limit";
import { toSiteSettings, type TSiteSettings } from "@/lib/settings/site-settings";

// The posting path's two statements (lib/comments/post-comment.ts). A post used to be about a
// dozen ORM queries in four rounds; each round trip costs the server a system call each way and
// the ORM's query compiler, which made posting CPU-bound long before PostgreSQL was busy. Here it is
// one read of everything the rules weigh, then one write that counts the rate limits and stores the
// comment, atomically; the article's count takes it in after commit (./article-comment-count.ts, docs/decisions/0012, 0027).

export type TPostingFacts = {
  replay: { id: string; status: CommentStatus } | null;
  article: {
    id: string;
    slug: string;
    title: string;
    status: string;
    publishedAt: Date | null;
    commentPolicy: CommentPolicy;
    commentsCloseAt: Date | null;
  } | null;
  /** Null only when someone emptied the settings table by hand. */
  settings: TSiteSettings | null;
  parent: { id: string; articleId: string; parentId: string | null; depth: number; status: CommentStatus; authorId: string; heldReason: string | null } | null;
  author: { createdAt: Date; shadowBannedAt: Date | null } | null;
  /** The author's published comments, counted up to the settings' holdFirstComments. */
  authorPublishedCount: number;
  /** Comments by the author, and from the address, in the flood window; counted up to floodMaxComments + 1. */
  recentByAuthor: number;
  recentByAddress: number | null;
  /** Whether an active webhook listens for new comments (then the write runs in a transaction with its outbox rows). */
  hasCommentWebhooks: boolean;
};

type TFactsRow = {
  replayId: string | null;
  replayStatus: CommentStatus | null;
  articleId: string | null;
  articleSlug: string;
  articleTitle: string;
  articleStatus: string;
  publishedAt: Date | null;
  commentPolicy: CommentPolicy;
  commentsCloseAt: Date | null;
  settings: TSiteSettings | null;
  parent: TPostingFacts["parent"];
  authorCreatedAt: Date | null;
  shadowBannedAt: Date | null;
  authorPublishedCount: number;
  recentByAuthor: number;
  recentByAddress: number | null;
  hasCommentWebhooks: boolean;
};

/** One column of the settings row, as a scalar subquery. */
function setting(column: "floodWindowSeconds" | "floodMaxComments" | "holdFirstComments"): Prisma.Sql {
  return Prisma.sql`(SELECT ${Prisma.raw(`"${column}"`)} FROM "SiteSettings" WHERE "id" = 1)`;
}

/** Everything the posting rules weigh, read in one statement on one snapshot. */
export async function readPostingFacts(args: {
  authorId: string;
  clientToken: string;
  articleId: string;
  parentId: string | null;
  addressHash: string | null;
  now: Date;
}): Promise<TPostingFacts> {
  const now = Prisma.sql`${args.now}::timestamp(3)`;
  const windowStart = Prisma.sql`${now} - ${setting("floodWindowSeconds")} * interval '1 second'`;
  const floodLimit = Prisma.sql`${setting("floodMaxComments")} + 1`;
  // Counting stops just past each threshold: a prolific member costs the same as a new one.
  const rows = await sqlRows<TFactsRow>(Prisma.sql`
    SELECT r."id" AS "replayId", r."status"::text AS "replayStatus",
           a."id" AS "articleId", a."slug" AS "articleSlug", a."title" AS "articleTitle", a."status"::text AS "articleStatus",
           a."publishedAt", a."commentPolicy"::text AS "commentPolicy", a."commentsCloseAt",
           (SELECT to_jsonb(s) FROM "SiteSettings" s WHERE s."id" = 1) AS "settings",
           (SELECT jsonb_build_object('id', p."id", 'articleId', p."articleId", 'parentId', p."parentId", 'depth', p."depth",
                                      'status', p."status", 'authorId', p."authorId", 'heldReason', p."heldReason")
              FROM "Comment" p WHERE p."id" = ${args.parentId}) AS "parent",
           u."createdAt" AS "authorCreatedAt", u."shadowBannedAt",
           (SELECT count(*)::int FROM (
              SELECT 1 FROM "Comment" c WHERE c."authorId" = ${args.authorId} AND c."status" = 'PUBLISHED'
              LIMIT GREATEST(${setting("holdFirstComments")}, 0)) x) AS "authorPublishedCount",
           (SELECT count(*)::int FROM (
              SELECT 1 FROM "Comment" c WHERE c."authorId" = ${args.authorId} AND c."createdAt" >= ${windowStart}
              LIMIT ${floodLimit}) x) AS "recentByAuthor",
           CASE WHEN ${args.addressHash}::text IS NULL THEN NULL ELSE (SELECT count(*)::int FROM (
              SELECT 1 FROM "Comment" c WHERE c."addressHash" = ${args.addressHash} AND c."createdAt" >= ${windowStart}
              LIMIT ${floodLimit}) x) END AS "recentByAddress",
           EXISTS (SELECT 1 FROM "Webhook" w WHERE w."status" = 'ACTIVE' AND w."events" && ARRAY['comment.published', 'comment.held'])
             AS "hasCommentWebhooks"
    FROM (SELECT 1) AS one
    LEFT JOIN "Comment" r ON r."authorId" = ${args.authorId} AND r."clientToken" = ${args.clientToken}
    LEFT JOIN "Article" a ON a."id" = ${args.articleId}
    LEFT JOIN "User" u ON u."id" = ${args.authorId}`);
  const row = rows[0]!;
  return {
    replay: row.replayId && row.replayStatus ? { id: row.replayId, status: row.replayStatus } : null,
    article: row.articleId
      ? {
          id: row.articleId,
          slug: row.articleSlug,
          title: row.articleTitle,
          status: row.articleStatus,
          publishedAt: row.publishedAt,
          commentPolicy: row.commentPolicy,
          commentsCloseAt: row.commentsCloseAt,
        }
      : null,
    settings: row.settings ? toSiteSettings(row.settings) : null,
    parent: row.parent,
    author: row.authorCreatedAt ? { createdAt: row.authorCreatedAt, shadowBannedAt: row.shadowBannedAt } : null,
    authorPublishedCount: row.authorPublishedCount,
    recentByAuthor: row.recentByAuthor,
    recentByAddress: row.recentByAddress,
    hasCommentWebhooks: row.hasCommentWebhooks,
  };
}

export type TNewComment = {
  articleId: string;
  authorId: string;
  parentId: string | null;
  depth: number;
  body: string;
  status: CommentStatus;
  heldReason: string | null;
  addressHash: string | null;
  clientToken: string;
  createdAt: Date;
};

export type TRunStatement = <TRow>(statement: Prisma.Sql) => Promise<TRow[]>;

export type TLimitCount = { key: string; rule: TRateLimitRule };

/** What the write did: the new comment's id, or null when a limit refused it or the token was taken. */
export type TStoreOutcome =
  | { kind: "stored"; id: string }
  | { kind: "limited"; key: string; retryAfterSeconds: number }
  | { kind: "token-taken" };

/**
 * One statement: counts each rate limit, and only when all are within bounds inserts the comment
 * (a clientToken already used inserts nothing: ON CONFLICT, so two racing posts make one
 * comment, with a CommentCountPending row when it is published, for the article's count
 * (./article-comment-count.ts). `run` sends it: sqlRows on its own,
 * or a transaction's $queryRaw when the outbox rows must commit with it.
 */
export async function storeComment(run: TRunStatement, comment: TNewComment, limits: readonly TLimitCount[]): Promise<TStoreOutcome> {
  const id = newCuid();
  const counts = limits.map((limit, index) => Prisma.sql`${Prisma.raw(`limit_${index}`)} AS (${rateLimitUpsert(limit.key, limit.rule)})`);
  const allowed = limits.length
    ? Prisma.join(limits.map((limit, index) => Prisma.sql`(SELECT "hits" FROM ${Prisma.raw(`limit_${index}`)}) <= ${limit.rule.limit}::int`), " AND ")
    : Prisma.sql`TRUE`;
  const hits = limits.length
    ? Prisma.join(limits.map((_, index) => Prisma.sql`(SELECT jsonb_build_object('hits', "hits", 'retryAfterSeconds', "retryAfterSeconds") FROM ${Prisma.raw(`limit_${index}`)})`), ", ")
    : Prisma.empty;
  const createdAt = Prisma.sql`${comment.createdAt}::timestamp(3)`;
  const rows = await run<{ id: string | null; counts: { hits: number; retryAfterSeconds: number }[] | null }>(Prisma.sql`
    WITH ${Prisma.join([...counts, Prisma.sql`
    created AS (
      INSERT INTO "Comment" ("id", "articleId", "authorId", "parentId", "depth", "body", "status", "heldReason", "addressHash", "clientToken", "createdAt", "updatedAt")
      SELECT ${id}::text, ${comment.articleId}::text, ${comment.authorId}::text, ${comment.parentId}::text, ${comment.depth}::int,
             ${comment.body}::text, ${comment.status}::"CommentStatus", ${comment.heldReason}::text, ${comment.addressHash}::text,
             ${comment.clientToken}::text, ${createdAt}, ${createdAt}
      WHERE ${allowed}
      ON CONFLICT ("authorId", "clientToken") DO NOTHING
      RETURNING "id"
    )`, Prisma.sql`
    pending AS (
      INSERT INTO "CommentCountPending" ("commentId", "articleId")
      SELECT "id", ${comment.articleId}::text FROM created WHERE ${comment.status === "PUBLISHED"}::boolean
    )`], ",")}
    SELECT (SELECT "id" FROM created) AS "id", ${limits.length ? Prisma.sql`jsonb_build_array(${hits})` : Prisma.sql`NULL::jsonb`} AS "counts"`);
  if (limits.length) pruneOccasionally();
  const row = rows[0]!;
  if (row.id) return { kind: "stored", id: row.id };
  const over = limits.findIndex((limit, index) => (row.counts?.[index]?.hits ?? 0) > limit.rule.limit);
  if (over >= 0) return { kind: "limited", key: limits[over]!.key, retryAfterSeconds: row.counts![over]!.retryAfterSeconds };
  return { kind: "token-taken" };
}
