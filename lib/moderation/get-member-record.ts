import "server-only";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { CommentStatus, Role } from "@/lib/generated/prisma/enums";
import { isBanInForce } from "@/lib/members/ban-state";
import { listModeratorNotesFor, type TModeratorNote } from "@/lib/members/list-moderator-notes";
import { ZUserId } from "@/lib/members/member-schemas";
import { excerpt } from "./load-moderation-context";

export const MEMBER_RECORD_COMMENTS = 20;

export type TMemberRecord = {
  id: string;
  name: string;
  role: Role;
  memberSince: string;
  isDeleted: boolean;
  /** The ban on record, if any; `isInForce` is false once its expiry has passed. */
  ban: { reason: string; bannedAt: string | null; expiresAt: string | null; isInForce: boolean } | null;
  shadowBannedAt: string | null;
  commentCounts: Partial<Record<CommentStatus, number>>;
  recentComments: { id: string; status: CommentStatus; heldReason: string | null; createdAt: string; excerpt: string; article: { id: string; title: string } }[];
  notes: TModeratorNote[];
};

/** A member as the moderators see them: standing, record and notes. Null when there is no such user. */
export async function getMemberRecord(userId: string): Promise<TMemberRecord | null> {
  return getMemberRecordFor(await requirePermission("comment:moderate"), userId);
}

export async function getMemberRecordFor(actor: TCurrentUser, userId: string): Promise<TMemberRecord | null> {
  assertPermission(actor, "comment:moderate");
  if (!ZUserId.safeParse(userId).success) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      role: true,
      createdAt: true,
      deletedAt: true,
      status: true,
      banReason: true,
      bannedAt: true,
      banExpiresAt: true,
      shadowBannedAt: true,
    },
  });
  if (!user) return null;
  const [counts, comments, notes] = await Promise.all([
    db.comment.groupBy({ by: ["status"], where: { authorId: userId }, _count: { _all: true } }),
    db.comment.findMany({
      where: { authorId: userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: MEMBER_RECORD_COMMENTS,
      select: { id: true, status: true, heldReason: true, createdAt: true, body: true, article: { select: { id: true, title: true } } },
    }),
    listModeratorNotesFor(actor, userId),
  ]);
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    memberSince: user.createdAt.toISOString(),
    isDeleted: user.deletedAt !== null,
    ban:
      user.status === "BANNED"
        ? {
            reason: user.banReason ?? "",
            bannedAt: user.bannedAt?.toISOString() ?? null,
            expiresAt: user.banExpiresAt?.toISOString() ?? null,
            isInForce: isBanInForce(user),
          }
        : null,
    shadowBannedAt: user.shadowBannedAt?.toISOString() ?? null,
    commentCounts: Object.fromEntries(counts.map((group) => [group.status, group._count._all])),
    recentComments: comments.map((comment) => ({
      id: comment.id,
      status: comment.status,
      heldReason: comment.heldReason,
      createdAt: comment.createdAt.toISOString(),
      excerpt: comment.status === "DELETED" ? "" : excerpt(comment.body),
      article: comment.article,
    })),
    notes,
  };
}
