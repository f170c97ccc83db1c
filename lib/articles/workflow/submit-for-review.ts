import "server-only";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { roleCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { siteLink } from "@/lib/mail/site-link";
import { parseInputOrThrow } from "@/lib/members/parse-input";
import { changeArticleStatus } from "./change-article-status";
import { ZArticleTransitionInput, type TArticleTransitionInput } from "./workflow-schemas";

/**
 * An author hands their draft to the editors: DRAFT → IN_REVIEW, and one email per editor and
 * admin, written to the outbox in the same transaction (no email without the change).
 * Authors may submit only articles whose byline they are on; editors may submit any.
 */
export async function submitForReview(input: TArticleTransitionInput): Promise<{ version: number }> {
  return submitForReviewFor(await requirePermission("article:write-own"), input);
}

export async function submitForReviewFor(actor: TCurrentUser, rawInput: TArticleTransitionInput): Promise<{ version: number }> {
  assertPermission(actor, "article:write-own");
  const { articleId, version } = parseInputOrThrow(ZArticleTransitionInput, rawInput);
  return db.$transaction(async (tx) => {
    if (!roleCan(actor.role, "article:edit-any")) {
      const byline = await tx.articleAuthor.findUnique({ where: { articleId_userId: { articleId, userId: actor.id } } });
      // The same answer as for a missing article: an author learns nothing about others' drafts.
      if (!byline) throw new AppError("NOT_FOUND", "That article no longer exists.", { message: `${actor.id} is not on ${articleId}'s byline` });
    }
    const article = await changeArticleStatus(tx, {
      articleId,
      seenVersion: version,
      from: ["DRAFT"],
      to: "IN_REVIEW",
      publishedAt: null,
      actorId: actor.id,
      action: "article.submitted_for_review",
    });
    const { title } = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { title: true } });
    const editors = await tx.user.findMany({
      where: { role: { in: ["EDITOR", "ADMIN"] }, status: "ACTIVE", deletedAt: null },
      select: { email: true },
      orderBy: { id: "asc" },
    });
    const link = siteLink(`/admin/articles/${encodeURIComponent(articleId)}`);
    for (const editor of editors) {
      await enqueueEmail(tx, {
        to: editor.email,
        subject: `Ready for review: ${title}`,
        text: `${actor.name} submitted “${title}” for review.\n\nOpen it in the newsroom: ${link}\n`,
        kind: "article-submitted",
      });
    }
    return { version: article.version };
  });
}
