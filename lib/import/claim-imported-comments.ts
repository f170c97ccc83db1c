import "server-only";
import { cacheTags } from "@/lib/articles/cache-tags";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * When someone verifies an email address that commented on an imported site, the comments the
 * import gave to a stand-in account (lib/import/ensure-commenters.ts) become theirs. Runs inside
 * the verification's transaction; returns the reader cache tags to expire after it commits.
 */
export async function claimImportedComments(tx: Prisma.TransactionClient, userId: string): Promise<string[]> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) return [];
  const commenters = await tx.importedCommenter.findMany({ where: { email: user.email, claimedAt: null }, select: { userId: true } });
  if (commenters.length === 0) return [];
  const standIns = commenters.map((commenter) => commenter.userId);
  const articles = await tx.comment.findMany({ where: { authorId: { in: standIns } }, distinct: ["articleId"], select: { articleId: true } });
  await tx.comment.updateMany({ where: { authorId: { in: standIns } }, data: { authorId: userId } });
  await tx.importedCommenter.updateMany({ where: { userId: { in: standIns } }, data: { claimedAt: new Date(), claimedById: userId } });
  return articles.map(({ articleId }) => cacheTags.comments(articleId));
}
