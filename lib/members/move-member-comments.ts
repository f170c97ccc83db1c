import "server-only";
import { commentCacheTags, recountArticleComments } from "@/lib/comments/article-comment-count";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommentStatus } from "@/lib/generated/prisma/enums";

/**
 * Moves every comment of a member in status `from` (and, when given, with held reason
 * `fromHeldReason`) to `to` with `heldReason`, inside the caller's transaction, and recounts the
 * articles concerned. Used by bans and shadow bans ("also hide their past comments") and by
 * their lifting (bring back what they hid, recognised by the held reason). Returns how many
 * moved and the cache tags to expire after commit.
 */
export async function moveMemberComments(
  tx: Prisma.TransactionClient,
  input: {
    authorId: string;
    from: CommentStatus;
    fromHeldReason?: string;
    to: CommentStatus;
    heldReason: string | null;
    moderatorId: string;
    now: Date;
  },
): Promise<{ count: number; cacheTags: string[] }> {
  const { count } = await tx.comment.updateMany({
    where: {
      authorId: input.authorId,
      status: input.from,
      ...(input.fromHeldReason !== undefined ? { heldReason: input.fromHeldReason } : {}),
    },
    data: { status: input.to, heldReason: input.heldReason, moderatedAt: input.now, moderatedById: input.moderatorId },
  });
  if (count === 0) return { count, cacheTags: [] };
  // The rows just moved carry this moment: exactly their articles need a recount.
  const articles = await tx.article.findMany({
    where: { comments: { some: { authorId: input.authorId, status: input.to, moderatedAt: input.now } } },
    select: { id: true, slug: true },
  });
  for (const article of articles) await recountArticleComments(tx, article.id);
  return { count, cacheTags: articles.flatMap(commentCacheTags) };
}
