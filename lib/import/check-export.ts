import "server-only";
import type { TImportReport } from "./import-report";
import { addNote, countItem } from "./import-report";
import type { TImportFormat, TSourceAuthor, TSourceTag } from "./import-types";
import { readExport } from "./read-export";

/** What the first pass learns: the file is whole and well-formed, and what it holds. */
export type TExportSummary = {
  siteUrl: string;
  authors: Map<string, TSourceAuthor>;
  tags: Map<string, TSourceTag>;
  attachments: Map<string, string>;
  usedAuthorKeys: Set<string>;
  usedTagSlugs: Set<string>;
  posts: number;
  comments: number;
};

/**
 * Reads the whole file once before anything is written, so a truncated or malformed file is
 * refused (importFileError, naming the line or item) with nothing of it in the database. Keeps
 * only the small tables (authors, tags, attachment addresses), never the posts.
 */
export async function checkExport(format: TImportFormat, path: string, report: TImportReport): Promise<TExportSummary> {
  const summary: TExportSummary = {
    siteUrl: "",
    authors: new Map(),
    tags: new Map(),
    attachments: new Map(),
    usedAuthorKeys: new Set(),
    usedTagSlugs: new Set(),
    posts: 0,
    comments: 0,
  };
  for await (const event of readExport(format, path)) {
    if (event.kind === "site") summary.siteUrl = event.siteUrl;
    else if (event.kind === "author") summary.authors.set(event.author.key, event.author);
    else if (event.kind === "tag") summary.tags.set(event.tag.slug, event.tag);
    else if (event.kind === "attachment") summary.attachments.set(event.id, event.url);
    else if (event.kind === "skip") {
      countItem(report, "posts", "skipped");
      if (event.comments > 0) countItem(report, "comments", "skipped", event.comments);
      addNote(report, event.skip.where, `skipped: ${event.skip.reason}${event.comments > 0 ? ` (with its ${event.comments} comments)` : ""}`);
    } else if (event.kind === "post") {
      summary.posts += 1;
      summary.comments += event.post.comments.length;
      for (const key of event.post.authorKeys) summary.usedAuthorKeys.add(key);
      for (const slug of event.post.tagSlugs) summary.usedTagSlugs.add(slug);
    }
  }
  return summary;
}
