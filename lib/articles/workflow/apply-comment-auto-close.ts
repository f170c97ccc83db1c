import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SITE_SETTINGS_ID } from "@/lib/settings/site-settings";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When an article is published (now, or by its schedule), its comments are set to close
 * `commentAutoCloseDays` after publishedAt, if the site has that setting and nobody has set a
 * closing time already (a moderator's choice, or an earlier publication, wins). Runs inside the
 * publishing transaction and reads the settings through it: with the embedded database, a read
 * through the outer client while the transaction is open would wait for it forever.
 */
export async function applyCommentAutoClose(tx: Prisma.TransactionClient, articleId: string, publishedAt: Date): Promise<void> {
  const settings = await tx.siteSettings.findUnique({ where: { id: SITE_SETTINGS_ID }, select: { commentAutoCloseDays: true } });
  const days = settings?.commentAutoCloseDays ?? null;
  if (days === null) return;
  await tx.article.updateMany({
    where: { id: articleId, commentsCloseAt: null },
    data: { commentsCloseAt: new Date(publishedAt.getTime() + days * DAY_MS) },
  });
}
