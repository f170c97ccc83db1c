import "server-only";
import { assertPermission, requirePermission } from "@/lib/auth/guards";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { revalidateArticle } from "@/lib/articles/revalidate-article";
import { db } from "@/lib/db/client";
import type { TSaveArticleInput, TSaveArticleParsed } from "./article-write-schemas";
import { parseSaveInputOrThrow } from "./parse-save-input";
import { writeArticleInTransaction, type TRevisionSource, type TSavedArticle } from "./write-article-in-transaction";

export type { TRevisionSource, TSavedArticle } from "./write-article-in-transaction";

/** Saves the editor's whole form. See saveArticleFor. */
export async function saveArticle(input: TSaveArticleInput): Promise<TSavedArticle> {
  return saveArticleFor(await requirePermission("article:write-own"), input);
}

/**
 * One transaction: the version check-and-bump, the article's fields, its byline and tag rows
 * (which copy its status and publishedAt), a revision, a redirect from the old slug when a
 * published article is renamed, and an audit event when a published article is edited.
 * A stale baseVersion writes nothing and reports what is there now.
 */
export async function saveArticleFor(actor: TCurrentUser, rawInput: TSaveArticleInput): Promise<TSavedArticle> {
  assertPermission(actor, "article:write-own");
  return writeArticle(actor, parseSaveInputOrThrow(rawInput), rawInput.source);
}

/** Shared with restoreRevision, whose revisions are saved with source "restore". */
export async function writeArticle(actor: TCurrentUser, input: TSaveArticleParsed, source: TRevisionSource): Promise<TSavedArticle> {
  const outcome = await db.$transaction((tx) => writeArticleInTransaction(tx, actor, input, source));
  if (outcome.isPublished) await revalidateArticle(outcome.cacheScope);
  return outcome.saved;
}
