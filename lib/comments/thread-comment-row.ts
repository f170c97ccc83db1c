import type { Prisma } from "@/lib/generated/prisma/client";
import type { TThreadComment } from "./comment-thread";
import type { TReplyRow } from "./list-replies";

// Rows of the Comment table as the thread shows them. A deleted comment keeps only its place:
// no text, no author.

export const threadCommentSelect = {
  id: true,
  body: true,
  createdAt: true,
  editedAt: true,
  likeCount: true,
  featuredAt: true,
  status: true,
  author: { select: { name: true } },
} satisfies Prisma.CommentSelect;

export type TThreadCommentRow = Prisma.CommentGetPayload<{ select: typeof threadCommentSelect }>;

export function toThreadComment(row: TThreadCommentRow, depth: number): TThreadComment {
  const isDeleted = row.status === "DELETED";
  return {
    id: row.id,
    authorName: isDeleted ? "" : row.author.name,
    body: isDeleted ? "" : row.body,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    depth,
    likeCount: row.likeCount,
    isFeatured: row.featuredAt !== null,
    isDeleted,
    replies: [],
  };
}

/** A reply row (list-replies.ts, already blanked when deleted) as nest-replies.ts takes it. */
export function toFlatReply({ featuredAt, createdAt, editedAt, ...reply }: TReplyRow): Omit<TThreadComment, "replies"> & { parentId: string } {
  return { ...reply, isFeatured: featuredAt !== null, createdAt: createdAt.toISOString(), editedAt: editedAt?.toISOString() ?? null };
}
