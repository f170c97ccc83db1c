import "server-only";
import { ZArticleDocument, type TArticleDocument } from "@/lib/content/document-schema";
import { logError } from "@/lib/log";

/**
 * The stored body as a document, or null if it is not one. Bodies are validated on save, so a
 * failure here means bad data got in some other way (a manual edit, an old format): log it for
 * the newsroom and let the page say the article cannot be displayed, rather than fail the page.
 */
export function parseArticleBody(body: unknown, context: { articleId: string }): TArticleDocument | null {
  const result = ZArticleDocument.safeParse(body);
  if (result.success) return result.data;
  // The first few issues say where the document breaks; the full ZodError would be pages long.
  const issues = result.error.issues.slice(0, 5).map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  logError("article body is not a valid document", { issues }, { articleId: context.articleId });
  return null;
}
