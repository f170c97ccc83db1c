import "server-only";
import { expireCacheTags } from "@/lib/articles/expire-cache-tags";
import { assertPermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import type { ArticleStatus } from "@/lib/generated/prisma/client";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { changeArticleStatus } from "./change-article-status";
import { JOB_KINDS } from "./job-kinds";
import { cancelPendingJobs } from "./pending-jobs";
import { ZArticleTransitionInput, type TArticleTransitionInput } from "./workflow-schemas";

/** Where an article goes when it leaves the site. */
type TTakeDownTo = "DRAFT" | "ARCHIVED";

const TAKE_DOWN: Record<TTakeDownTo, { from: ArticleStatus[]; action: "article.unpublished" | "article.archived" }> = {
  // Unpublishing: back to the desk, dated afresh by the next publish.
  DRAFT: { from: ["PUBLISHED", "SCHEDULED"], action: "article.unpublished" },
  // Archiving: from any other status, publishedAt kept as history.
  ARCHIVED: { from: ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED"], action: "article.archived" },
};

/**
 * The core of unpublishArticle and archiveArticle: moves the article to DRAFT or ARCHIVED if it
 * still has the version the editor saw, cancels its pending publish and unpublish jobs in the
 * same transaction, then expires the reader pages that showed it.
 */
export async function takeArticleDown(actor: TCurrentUser, rawInput: TArticleTransitionInput, to: TTakeDownTo): Promise<{ version: number }> {
  assertPermission(actor, "article:edit-any");
  const { articleId, version } = parseInputOrThrow(ZArticleTransitionInput, rawInput);
  const rule = TAKE_DOWN[to];
  const article = await db.$transaction(async (tx) => {
    const current = to === "ARCHIVED" ? await tx.article.findUnique({ where: { id: articleId }, select: { publishedAt: true, status: true } }) : null;
    const changed = await changeArticleStatus(tx, {
      articleId,
      seenVersion: version,
      from: rule.from,
      to,
      // Unpublished: cleared. Archived: kept, except a schedule that never happened, which is not history.
      publishedAt: current?.status === "SCHEDULED" ? null : (current?.publishedAt ?? null),
      actorId: actor.id,
      action: rule.action,
    });
    await cancelPendingJobs(tx, articleId, [JOB_KINDS.publish, JOB_KINDS.unpublish]);
    return changed;
  });
  await expireCacheTags(article.tagsToRevalidate);
  return { version: article.version };
}
