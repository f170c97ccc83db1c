import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { CommentStatus } from "@/lib/generated/prisma/enums";
import { isBanInForce } from "@/lib/members/ban-state";
import type { TAuthorHistory, TModerationItem, TModerationReport } from "./moderation-item";

export const REPORTS_SHOWN = 3;
export const RECENT_COMMENTS_SHOWN = 5;
export const NOTES_SHOWN = 3;
const EXCERPT_LENGTH = 160;

/** The comment fields the moderation pages select; load the rest with loadModerationContext. */
export const moderationCommentSelect = {
  id: true,
  body: true,
  status: true,
  heldReason: true,
  createdAt: true,
  depth: true,
  parentId: true,
  openReportCount: true,
  featuredAt: true,
  authorId: true,
  article: { select: { id: true, title: true, slug: true } },
} as const;

export type TModerationCommentRow = {
  id: string;
  body: string;
  status: CommentStatus;
  heldReason: string | null;
  createdAt: Date;
  depth: number;
  parentId: string | null;
  openReportCount: number;
  featuredAt: Date | null;
  authorId: string;
  article: { id: string; title: string; slug: string };
};

export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

const ZReportRow = z.object({
  commentId: z.string(),
  reason: z.enum(["ABUSIVE", "SPAM", "OFF_TOPIC", "OTHER"]),
  note: z.string(),
  createdAt: z.date(),
  reporterName: z.string(),
});

const ZRecentRow = z.object({
  authorId: z.string(),
  id: z.string(),
  status: z.enum(["PENDING", "PUBLISHED", "HIDDEN", "REJECTED", "DELETED"]),
  createdAt: z.date(),
  body: z.string(),
  articleTitle: z.string(),
});

const ZNoteRow = z.object({ memberId: z.string(), body: z.string(), createdAt: z.date(), writerName: z.string().nullable() });

/**
 * Everything the moderation pages show beside a page of comments, in a fixed number of
 * queries whatever the page holds: the parents of replies, the newest open reports, and for
 * each author their record (recent comments, rejected and hidden counts, notes). Per-author
 * "latest N" reads use LATERAL joins on the (authorId, createdAt) and (memberId, createdAt)
 * indexes, so a prolific author costs N rows, not their whole history.
 */
export async function loadModerationContext(rows: TModerationCommentRow[]): Promise<{ items: TModerationItem[]; authors: Record<string, TAuthorHistory> }> {
  if (rows.length === 0) return { items: [], authors: {} };
  const commentIds = rows.map((row) => row.id);
  const parentIds = [...new Set(rows.flatMap((row) => (row.parentId ? [row.parentId] : [])))];
  const authorIds = [...new Set(rows.map((row) => row.authorId))];

  const [parents, reportRows, users, recentRows, statusCounts, noteRows, noteCounts] = await Promise.all([
    parentIds.length > 0
      ? db.comment.findMany({
          where: { id: { in: parentIds } },
          select: { id: true, body: true, status: true, author: { select: { name: true } } },
        })
      : Promise.resolve([]),
    db.$queryRaw`
      SELECT r."commentId", r."reason"::text AS "reason", r."note", r."createdAt", u."name" AS "reporterName"
      FROM (
        SELECT cr.*, ROW_NUMBER() OVER (PARTITION BY cr."commentId" ORDER BY cr."createdAt" DESC, cr."id" DESC) AS n
        FROM "CommentReport" cr
        WHERE cr."commentId" = ANY(${commentIds}::text[]) AND cr."resolvedAt" IS NULL
      ) r
      JOIN "User" u ON u."id" = r."reporterId"
      WHERE r.n <= ${REPORTS_SHOWN}
      ORDER BY r."createdAt" DESC`,
    db.user.findMany({
      where: { id: { in: authorIds } },
      select: {
        id: true,
        name: true,
        role: true,
        createdAt: true,
        deletedAt: true,
        status: true,
        banReason: true,
        banExpiresAt: true,
        shadowBannedAt: true,
      },
    }),
    db.$queryRaw`
      SELECT a."id" AS "authorId", c."id", c."status"::text AS "status", c."createdAt", c."body", c."articleTitle"
      FROM unnest(${authorIds}::text[]) AS a("id")
      CROSS JOIN LATERAL (
        SELECT c."id", c."status", c."createdAt", c."body", ar."title" AS "articleTitle"
        FROM "Comment" c JOIN "Article" ar ON ar."id" = c."articleId"
        WHERE c."authorId" = a."id"
        ORDER BY c."createdAt" DESC
        LIMIT ${RECENT_COMMENTS_SHOWN}
      ) c
      ORDER BY c."createdAt" DESC`,
    db.comment.groupBy({
      by: ["authorId", "status"],
      where: { authorId: { in: authorIds }, status: { in: ["REJECTED", "HIDDEN"] } },
      _count: { _all: true },
    }),
    db.$queryRaw`
      SELECT a."id" AS "memberId", n."body", n."createdAt", n."writerName"
      FROM unnest(${authorIds}::text[]) AS a("id")
      CROSS JOIN LATERAL (
        SELECT mn."body", mn."createdAt", w."name" AS "writerName"
        FROM "ModeratorNote" mn LEFT JOIN "User" w ON w."id" = mn."writerId"
        WHERE mn."memberId" = a."id"
        ORDER BY mn."createdAt" DESC
        LIMIT ${NOTES_SHOWN}
      ) n
      ORDER BY n."createdAt" DESC`,
    db.moderatorNote.groupBy({ by: ["memberId"], where: { memberId: { in: authorIds } }, _count: { _all: true } }),
  ]);

  const parentById = new Map(parents.map((parent) => [parent.id, parent]));
  const reportsByComment = new Map<string, TModerationReport[]>();
  for (const report of z.array(ZReportRow).parse(reportRows)) {
    const list = reportsByComment.get(report.commentId) ?? [];
    list.push({ reason: report.reason, note: report.note, createdAt: report.createdAt.toISOString(), reporterName: report.reporterName });
    reportsByComment.set(report.commentId, list);
  }

  const authors: Record<string, TAuthorHistory> = {};
  for (const user of users) {
    authors[user.id] = {
      id: user.id,
      name: user.name,
      role: user.role,
      memberSince: user.createdAt.toISOString(),
      isDeleted: user.deletedAt !== null,
      ban: isBanInForce(user) ? { reason: user.banReason ?? "", expiresAt: user.banExpiresAt?.toISOString() ?? null } : null,
      isShadowBanned: user.shadowBannedAt !== null,
      recent: [],
      rejectedCount: 0,
      hiddenCount: 0,
      noteCount: 0,
      notes: [],
    };
  }
  for (const row of z.array(ZRecentRow).parse(recentRows)) {
    authors[row.authorId]?.recent.push({
      id: row.id,
      status: row.status,
      createdAt: row.createdAt.toISOString(),
      excerpt: row.status === "DELETED" ? "" : excerpt(row.body, 100),
      articleTitle: row.articleTitle,
    });
  }
  for (const group of statusCounts) {
    const author = authors[group.authorId];
    if (!author) continue;
    if (group.status === "REJECTED") author.rejectedCount = group._count._all;
    if (group.status === "HIDDEN") author.hiddenCount = group._count._all;
  }
  for (const note of z.array(ZNoteRow).parse(noteRows)) {
    authors[note.memberId]?.notes.push({ body: note.body, createdAt: note.createdAt.toISOString(), writerName: note.writerName });
  }
  for (const group of noteCounts) {
    const author = authors[group.memberId];
    if (author) author.noteCount = group._count._all;
  }

  const items = rows.map((row): TModerationItem => {
    const parent = row.parentId ? parentById.get(row.parentId) : undefined;
    return {
      id: row.id,
      body: row.body,
      status: row.status,
      heldReason: row.heldReason,
      createdAt: row.createdAt.toISOString(),
      depth: row.depth,
      openReportCount: row.openReportCount,
      isFeatured: row.featuredAt !== null,
      article: row.article,
      parent: parent
        ? { id: parent.id, authorName: parent.author.name, body: parent.status === "DELETED" ? "" : excerpt(parent.body), status: parent.status }
        : null,
      reports: reportsByComment.get(row.id) ?? [],
      authorId: row.authorId,
    };
  });
  return { items, authors };
}
