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

/** Archives an article from any other status: readers no longer see it; publishedAt is kept as history. */
export async function archiveArticle(input: TArticleTransitionInput): Promise<{ version: number }> {
  return archiveArticleFor(await requirePermission("article:edit-any"), input);
}

export async function archiveArticleFor(actor: TCurrentUser, rawInput: TArticleTransitionInput): Promise<{ version: number }> {
  assertPermission(actor, "article:edit-any");
  const { articleId, version } = parseInputOrThrow(ZArticleTransitionInput, rawInput);
  const article = await db.$transaction(async (tx) => {
    const current = await tx.article.findUnique({ where: { id: articleId }, select: { publishedAt: true, status: true } });
    const changed = await changeArticleStatus(tx, {
      articleId,
      seenVersion: version,
      from: ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED"],
      to: "ARCHIVED",
      // A schedule that never happened is not history.
      publishedAt: current?.status === "SCHEDULED" ? null : (current?.publishedAt ?? null),
      actorId: actor.id,
      action: "article.archived",
    });
    await cancelPendingJobs(tx, articleId, [JOB_KINDS.publish, JOB_KINDS.unpublish]);
    return changed;
  });
  await expireCacheTags(article.tagsToRevalidate);
  return { version: article.version };
}
