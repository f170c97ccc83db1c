import "server-only";
import { AppError } from "@/lib/errors";
import type { TArticleDocument } from "@/lib/content/document-schema";

/** What is on the server now, so the editor can show "theirs" next to "yours". */
export type TServerArticleVersion = {
  version: number;
  title: string;
  dek: string;
  body: TArticleDocument;
  savedByName: string | null;
};

/** Someone saved the article after this editor loaded it: nothing was written. */
export class ArticleConflictError extends AppError {
  readonly current: TServerArticleVersion;

  constructor(current: TServerArticleVersion) {
    super("CONFLICT", "Someone else saved this article while you were editing. Compare the two versions and choose.", {
      message: `article save conflict; server is at version ${current.version}`,
    });
    this.name = "ArticleConflictError";
    this.current = current;
  }
}

export function isArticleConflictError(error: unknown): error is ArticleConflictError {
  return error instanceof ArticleConflictError;
}
