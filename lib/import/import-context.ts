import type { TCurrentUser } from "@/lib/auth/current-user";
import type { CommentPolicy } from "@/lib/generated/prisma/enums";
import type { TImportReport } from "./import-report";

/** What the writing pass knows besides the post in hand: the people and tags already resolved. */
export type TImportContext = {
  /** Key of the exporting site in ImportedRecord, e.g. "wordpress:https://news.example.com". */
  source: string;
  actor: TCurrentUser;
  dryRun: boolean;
  defaultCommentPolicy: CommentPolicy;
  /** Author key in the file → Masthead user id. */
  authorIds: Map<string, string>;
  /** Tag slug in the file → Masthead tag id. */
  tagIds: Map<string, string>;
  /** WordPress attachment id → its address (featured images). */
  attachments: Map<string, string>;
  /** Commenter key (email, or name when there is none) → user id, filled as batches go. */
  commenterIds: Map<string, string>;
  report: TImportReport;
  /** Reader cache tags to expire when the import is over. */
  cacheTags: Set<string>;
};
