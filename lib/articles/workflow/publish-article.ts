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

/** Publishes now: from a draft, a review or a schedule (whose pending publish job is cancelled). */
export async function publishNow(input: TArticleTransitionInput): Promise<{ version: number }> {
  return publishNowFor(await requirePermission("article:publish"), input);
}

export async function publishNowFor(actor: TCurrentUser, rawInput: TArticleTransitionInput): Promise<{ version: number }> {
  assertPermission(actor, "article:publish");
  const { articleId, version } = parseInputOrThrow(ZArticleTransitionInput, rawInput);
  const article = await db.$transaction(async (tx) => {
    const changed = await changeArticleStatus(tx, {
      articleId,
      seenVersion: version,
      from: ["DRAFT", "IN_REVIEW", "SCHEDULED"],
      to: "PUBLISHED",
      // A scheduled date is in the future: publishing now means now.
      publishedAt: new Date(),
      actorId: actor.id,
      action: "article.published",
    });
    await cancelPendingJobs(tx, articleId, [JOB_KINDS.publish]);
    return changed;
  });
  await expireCacheTags(article.tagsToRevalidate);
  return { version: article.version };
}
