import { db } from "@/lib/db/client";
import type { Comment, CommentStatus, User } from "@/lib/generated/prisma/client";
import { createArticle } from "./articles";
import { uniqueSuffix } from "./unique";
import { createUser, type TUserOverrides } from "./users";

/** Top-level comments are depth 0; replies stop at depth 2, three levels in all. */
export const MAX_COMMENT_DEPTH = 2;

export type TCommentInput = {
  articleId: string;
  /** A fresh member is created when none is given. */
  authorId?: string;
  parentId?: string;
  body?: string;
  status?: CommentStatus;
  createdAt?: Date;
};

async function replyDepth(articleId: string, parentId: string): Promise<number> {
  const parent = await db.comment.findUniqueOrThrow({ where: { id: parentId }, select: { articleId: true, depth: true } });
  if (parent.articleId !== articleId) throw new Error(`Comment ${parentId} belongs to another article`);
  if (parent.depth >= MAX_COMMENT_DEPTH) throw new Error(`Replies nest at most ${MAX_COMMENT_DEPTH + 1} levels deep`);
  return parent.depth + 1;
}

export async function createComment(input: TCommentInput): Promise<Comment> {
  const { articleId } = input;
  const authorId = input.authorId ?? (await createUser({ password: null })).id;
  // A parent's depth never changes, so reading it before the write transaction is safe.
  const depth = input.parentId ? await replyDepth(articleId, input.parentId) : 0;
  const status = input.status ?? "PUBLISHED";
  const create = db.comment.create({
    data: {
      articleId,
      authorId,
      parentId: input.parentId ?? null,
      depth,
      body: input.body ?? `A considered reader's comment ${uniqueSuffix()}.`,
      status,
      ...(input.createdAt ? { createdAt: input.createdAt } : {}),
    },
  });
  if (status !== "PUBLISHED") return create;
  // Article.commentCount counts published comments only, and must move with the row.
  const [comment] = await db.$transaction([
    create,
    db.article.update({ where: { id: articleId }, data: { commentCount: { increment: 1 } } }),
  ]);
  return comment;
}

const MONTH_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * A member the moderation rules treat as a regular: the account is a month old (links allowed)
 * and already has a published comment (past the "first comments wait" rule, at its default of 1).
 */
export async function createEstablishedMember(overrides: TUserOverrides = {}): Promise<User> {
  const member = await createUser({ createdAt: new Date(Date.now() - MONTH_MS), ...overrides });
  const article = await createArticle();
  await createComment({ articleId: article.id, authorId: member.id, createdAt: new Date(Date.now() - MONTH_MS / 2) });
  return member;
}
