import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { Prisma } from "@/lib/generated/prisma/client";
import { emitArticleUpdatedWebhook } from "@/lib/webhooks/emit-webhook-event";

export const PUBLISHED_EDIT_ACTION = "article.edited";

type TPublishedEdit = {
  actorId: string;
  articleId: string;
  /** The version this save produced. */
  version: number;
  source: string;
  /** The editor page load the save came from; null for a restore, the API or an import. */
  editSessionId: string | null;
  title: string;
  slug: string;
};

/**
 * Records that someone changed a story readers can see, inside the save's transaction.
 * One event per editing session, not per save: the editor autosaves every few seconds of
 * typing, and an audit log with hundreds of "edited" rows per story hides the events that
 * matter. The first save of a session writes the event (who, when it started, the version);
 * the session's later saves are in the revision history, which keeps every version's text.
 * Saves without a session (restore, API, import) are each an event of their own.
 */
export async function recordPublishedEdit(tx: Prisma.TransactionClient, edit: TPublishedEdit): Promise<void> {
  await emitArticleUpdatedWebhook(tx, edit.articleId);
  if (edit.editSessionId) {
    const alreadyRecorded = await tx.auditEvent.findFirst({
      where: {
        targetType: "Article",
        targetId: edit.articleId,
        action: PUBLISHED_EDIT_ACTION,
        detail: { path: ["editSessionId"], equals: edit.editSessionId },
      },
      select: { id: true },
    });
    if (alreadyRecorded) return;
  }
  await recordAuditEvent(tx, {
    actorId: edit.actorId,
    action: PUBLISHED_EDIT_ACTION,
    targetType: "Article",
    targetId: edit.articleId,
    detail: { title: edit.title, slug: edit.slug, version: edit.version, source: edit.source, editSessionId: edit.editSessionId },
  });
}
