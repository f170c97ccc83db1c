import "server-only";
import { requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { takeArticleDown } from "./take-article-down";
import type { TArticleTransitionInput } from "./workflow-schemas";

/** Archives an article from any other status: readers no longer see it; publishedAt is kept as history. */
export async function archiveArticle(input: TArticleTransitionInput): Promise<{ version: number }> {
  return archiveArticleFor(await requirePermission("article:edit-any"), input);
}

export async function archiveArticleFor(actor: TCurrentUser, input: TArticleTransitionInput): Promise<{ version: number }> {
  return takeArticleDown(actor, input, "ARCHIVED");
}
