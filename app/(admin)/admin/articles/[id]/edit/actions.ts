"use server";

import { actionFailure } from "@/lib/actions";
import { isArticleConflictError, type TServerArticleVersion } from "@/lib/articles/write/article-conflict-error";
import type { TSaveArticleInput } from "@/lib/articles/write/article-write-schemas";
import { saveArticle } from "@/lib/articles/write/save-article";

export type TSaveArticleActionResult =
  | { ok: true; version: number; slug: string }
  | { ok: false; status: number; message: string; fieldErrors: Record<string, string>; conflict?: TServerArticleVersion };

/**
 * The editor's save and autosave. Takes the form as an object (the body is JSON), so it is not
 * a validatedAction; saveArticle checks the caller and parses the input itself. A conflict
 * carries the server's version so the editor can show both.
 */
export async function saveArticleAction(input: TSaveArticleInput): Promise<TSaveArticleActionResult> {
  try {
    const saved = await saveArticle(input);
    return { ok: true, version: saved.version, slug: saved.slug };
  } catch (error) {
    if (isArticleConflictError(error)) {
      return { ok: false, status: 409, message: error.publicMessage, fieldErrors: {}, conflict: error.current };
    }
    return actionFailure("saveArticle", error);
  }
}
