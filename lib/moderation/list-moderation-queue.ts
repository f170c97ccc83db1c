import "server-only";
import { z } from "zod";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { encodeKeysetCursor } from "@/lib/pagination/keyset-cursor";
import { loadModerationContext, moderationCommentSelect } from "./load-moderation-context";
import type { TModerationPage } from "./moderation-item";

export const QUEUE_PAGE_SIZE = 20;

export const QUEUE_FILTERS = ["all", "pending", "reported"] as const;
export type TQueueFilter = (typeof QUEUE_FILTERS)[number];

export const ZListModerationQueueInput = z.object({
  filter: z.enum(QUEUE_FILTERS).default("all"),
  cursor: z.object({ at: z.iso.datetime(), id: z.string().min(1).max(64) }).nullable().default(null),
});
export type TListModerationQueueInput = z.input<typeof ZListModerationQueueInput>;

/** Held for review, and published comments readers reported; a deleted comment has left the queue. */
function filterWhere(filter: TQueueFilter): Prisma.CommentWhereInput {
  const pending: Prisma.CommentWhereInput = { status: "PENDING" };
  const reported: Prisma.CommentWhereInput = { openReportCount: { gt: 0 }, status: { in: ["PUBLISHED", "PENDING"] } };
  if (filter === "pending") return pending;
  if (filter === "reported") return reported;
  return { OR: [pending, reported] };
}

/**
 * The moderation queue, oldest first (first come, first judged), keyset-paginated on
 * (createdAt, id) using the (status, createdAt) and (openReportCount, createdAt) indexes, with
 * each comment's context and its author's record.
 */
export async function listModerationQueue(input: TListModerationQueueInput): Promise<TModerationPage> {
  return listModerationQueueFor(await requirePermission("comment:moderate"), input);
}

export async function listModerationQueueFor(actor: TCurrentUser, rawInput: TListModerationQueueInput): Promise<TModerationPage> {
  assertPermission(actor, "comment:moderate");
  const { filter, cursor } = parseInputOrThrow(ZListModerationQueueInput, rawInput);
  const cursorAt = cursor ? new Date(cursor.at) : null;
  const rows = await db.comment.findMany({
    where: {
      AND: [
        filterWhere(filter),
        cursor && cursorAt ? { OR: [{ createdAt: { gt: cursorAt } }, { createdAt: cursorAt, id: { gt: cursor.id } }] } : {},
      ],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: QUEUE_PAGE_SIZE + 1,
    select: moderationCommentSelect,
  });
  const shown = rows.slice(0, QUEUE_PAGE_SIZE);
  const last = shown.at(-1);
  const context = await loadModerationContext(shown);
  return {
    ...context,
    nextCursor: rows.length > QUEUE_PAGE_SIZE && last ? encodeKeysetCursor({ at: last.createdAt.toISOString(), id: last.id }) : null,
  };
}
