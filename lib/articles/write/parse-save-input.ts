import "server-only";
import { fieldErrorsFrom } from "@/lib/actions";
import { AppError } from "@/lib/errors";
import { ZSaveArticleInput, type TSaveArticleParsed } from "./article-write-schemas";

/**
 * Parses a save. A body that breaks the document schema (an unknown node, a javascript: link,
 * an image without alt text) is refused with a message naming where in the body the problem is,
 * e.g. "body.content.3.attrs.src", so it can be found and fixed rather than silently dropped.
 */
export function parseSaveInputOrThrow(input: unknown): TSaveArticleParsed {
  const parsed = ZSaveArticleInput.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors = fieldErrorsFrom(parsed.error);
  const bodyIssue = parsed.error.issues.find((issue) => issue.path[0] === "body");
  const publicMessage = bodyIssue
    ? `The article body cannot be saved: ${bodyIssue.message} (at ${bodyIssue.path.join(".")}).`
    : "Please correct the highlighted fields.";
  throw new AppError("BAD_INPUT", publicMessage, { fieldErrors });
}
