import "server-only";
import { requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { takeArticleDown } from "./take-article-down";
import type { TArticleTransitionInput } from "./workflow-schemas";

/**
 * Takes a published (or scheduled) article back to DRAFT and clears publishedAt, so a later
 * publish dates it afresh. Pending jobs for it are cancelled.
 */
export async function unpublishArticle(input: TArticleTransitionInput): Promise<{ version: number }> {
  return unpublishArticleFor(await requirePermission("article:edit-any"), input);
}

export async function unpublishArticleFor(actor: TCurrentUser, input: TArticleTransitionInput): Promise<{ version: number }> {
  return takeArticleDown(actor, input, "DRAFT");
}
