import "server-only";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { changeArticleStatus } from "./change-article-status";
import { JOB_KINDS } from "./job-kinds";
import { cancelPendingJobs } from "./pending-jobs";
import { expireCacheTags } from "@/lib/articles/expire-cache-tags";
import { ZArticleTransitionInput, type TArticleTransitionInput } from "./workflow-schemas";

/**
 * Takes a published (or scheduled) article back to DRAFT and clears publishedAt, so a later
 * publish dates it afresh. Pending jobs for it are cancelled.
 */
export async function unpublishArticle(input: TArticleTransitionInput): Promise<{ version: number }> {
  return unpublishArticleFor(await requirePermission("article:edit-any"), input);
}

export async function unpublishArticleFor(actor: TCurrentUser, rawInput: TArticleTransitionInput): Promise<{ version: number }> {
  assertPermission(actor, "article:edit-any");
  const { articleId, version } = parseInputOrThrow(ZArticleTransitionInput, rawInput);
  const article = await db.$transaction(async (tx) => {
    const changed = await changeArticleStatus(tx, {
      articleId,
      seenVersion: version,
      from: ["PUBLISHED", "SCHEDULED"],
      to: "DRAFT",
      publishedAt: null,
      actorId: actor.id,
      action: "article.unpublished",
    });
    await cancelPendingJobs(tx, articleId, [JOB_KINDS.publish, JOB_KINDS.unpublish]);
    return changed;
  });
  await expireCacheTags(article.tagsToRevalidate);
  return { version: article.version };
}
