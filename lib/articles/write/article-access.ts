import "server-only";
import { assertPermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { roleCan } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { ArticleStatus } from "@/lib/generated/prisma/client";

/** Statuses an author may still change their own article in; after that it is the desk's. */
const AUTHOR_EDITABLE_STATUSES: readonly ArticleStatus[] = ["DRAFT", "IN_REVIEW"];

type TArticleForAccess = { id: string; status: ArticleStatus; authors: { userId: string }[] };

export function canEditArticle(actor: TCurrentUser, article: TArticleForAccess): boolean {
  if (roleCan(actor.role, "article:edit-any")) return true;
  if (!roleCan(actor.role, "article:write-own")) return false;
  return article.authors.some((author) => author.userId === actor.id) && AUTHOR_EDITABLE_STATUSES.includes(article.status);
}

/** Throws NOT_FOUND for a missing article and FORBIDDEN for one the actor may not edit. */
export function assertCanEditArticle<TArticle extends TArticleForAccess>(actor: TCurrentUser, article: TArticle | null): TArticle {
  assertPermission(actor, "article:write-own");
  if (!article) throw new AppError("NOT_FOUND", "That article does not exist or was deleted.");
  if (!canEditArticle(actor, article)) {
    throw new AppError("FORBIDDEN", "You can only edit your own articles while they are drafts or in review.", {
      message: `${actor.role} ${actor.id} may not edit article ${article.id} (${article.status})`,
    });
  }
  return article;
}
