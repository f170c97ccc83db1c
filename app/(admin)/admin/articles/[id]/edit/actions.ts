"use server";

import { z } from "zod";
import { actionFailure, refuseUnlessAllowed } from "@/lib/actions";
import { isArticleConflictError } from "@/lib/articles/write/article-conflict-error";
import type { TMediaPickerPage, TSaveArticleActionResult } from "@/lib/articles/write/editor-action-results";
import type { TSaveArticleInput } from "@/lib/articles/write/article-write-schemas";
import { saveArticle } from "@/lib/articles/write/save-article";
import { listMedia, MEDIA_SEARCH_MAX_LENGTH } from "@/lib/media/list-media";
import { refuseForbiddenScriptedCall } from "@/lib/media/refuse-forbidden-scripted-call";
import { decodeKeysetCursor } from "@/lib/pagination/keyset-cursor";

/**
 * The editor's save and autosave. Takes the form as an object (the body is JSON), so it is not
 * a validatedAction; saveArticle checks the caller and parses the input itself. A conflict
 * carries the server's version so the editor can show both.
 */
export async function saveArticleAction(input: TSaveArticleInput): Promise<TSaveArticleActionResult> {
  const refusal = await refuseUnlessAllowed("saveArticle", "article:write-own");
  if (refusal) return refusal;
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

const ZMediaPickerInput = z.object({
  query: z.string().trim().max(MEDIA_SEARCH_MAX_LENGTH, { message: "Search for at most 100 characters." }),
  /** The previous page's nextCursor; a cursor that does not decode means the first page. */
  after: z.string().max(200).nullable(),
});

/** The image dialog's library: newest first, or matching a search, a keyset page at a time. */
export async function listMediaForEditorAction(input: { query: string; after: string | null }): Promise<TMediaPickerPage> {
  const refusal = await refuseUnlessAllowed("listMediaForEditor", "article:write-own");
  if (refusal) return { ok: false, message: refusal.message };
  const parsed = ZMediaPickerInput.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "Please check the search." };
  try {
    const page = await listMedia({ query: parsed.data.query, cursor: decodeKeysetCursor(parsed.data.after ?? undefined) });
    return { ok: true, ...page };
  } catch (error) {
    await refuseForbiddenScriptedCall(error);
    return { ok: false, message: actionFailure("listMediaForEditor", error).message };
  }
}
