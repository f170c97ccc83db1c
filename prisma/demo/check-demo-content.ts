// The demo is the first thing anyone sees of Masthead, so the seed checks the content against the
// rules below (and the document schema) before writing anything, rather than publishing a flaw.
import { ZArticleDocument, type TArticleDocument, type TBlock, type TInline } from "@/lib/content/document-schema";
import { MAX_COMMENT_DEPTH } from "@/tests/factories/comments";
import { DEMO_TAGS } from "./tags";
import type { TDemoArticle, TDemoComment, TDemoPerson } from "./types";

const MAX_HOURS_AGO = 46 * 24;
const MAX_COMMENTS_PER_ARTICLE = 12;
// RFC 2606 names, so no demo quotation is ever attributed to a real publication's address.
const EXAMPLE_HOST = /(^|\.)example\.(com|net|org)$/;
const PLACEHOLDER_VIDEO = /^https:\/\/www\.youtube\.com\/watch\?v=[A-Za-z0-9_-]{11}$/;
const VIP_COMMENTERS: ReadonlySet<TDemoPerson> = new Set(["victoria", "eleanor", "marcus", "priya"]);

function inlineNodes(block: TBlock): TInline[] {
  switch (block.type) {
    case "paragraph":
    case "heading":
      return block.content ?? [];
    case "blockquote":
      return block.content.flatMap((paragraph) => paragraph.content ?? []);
    case "bulletList":
    case "orderedList":
      return block.content.flatMap((item) => item.content.flatMap((paragraph) => paragraph.content ?? []));
    default:
      return [];
  }
}

function linkTargets(body: TArticleDocument): string[] {
  return body.content
    .flatMap(inlineNodes)
    .flatMap((node) => (node.type === "text" ? (node.marks ?? []) : []))
    .flatMap((mark) => (mark.type === "link" ? [mark.attrs.href] : []));
}

function isExampleAddress(url: string): boolean {
  return EXAMPLE_HOST.test(new URL(url).hostname);
}

function countComments(comments: readonly TDemoComment[]): number {
  return comments.reduce((total, comment) => total + 1 + countComments(comment.replies), 0);
}

function commentProblems(comments: readonly TDemoComment[], article: TDemoArticle, depth: number): string[] {
  return comments.flatMap((comment) => [
    ...(depth > MAX_COMMENT_DEPTH ? [`a reply nests deeper than depth ${MAX_COMMENT_DEPTH}`] : []),
    ...(article.commentPolicy === "VIP" && !VIP_COMMENTERS.has(comment.by) ? [`${comment.by} cannot comment on a VIP article`] : []),
    ...(comment.status === "PENDING" && comment.replies.length > 0 ? ["a pending comment has replies"] : []),
    ...commentProblems(comment.replies, article, depth + 1),
  ]);
}

function articleProblems(article: TDemoArticle, slugs: ReadonlySet<string>): string[] {
  const parsed = ZArticleDocument.safeParse(article.body);
  if (!parsed.success) return [`body does not parse: ${parsed.error.message}`];
  const body = parsed.data;
  const quotes = body.content.filter((block) => block.type === "blockquote");
  const attributed = quotes.filter((block) => block.attrs?.attribution && block.attrs.sourceUrl);
  const paragraphs = body.content.filter((block) => block.type === "paragraph");
  const links = linkTargets(body);
  const videos = body.content.filter((block) => block.type === "video");
  const knownTags = new Set(DEMO_TAGS.map((tag) => tag.slug));
  return [
    ...(attributed.length < 2 ? ["needs at least two quotations with attribution and source"] : []),
    ...quotes.flatMap((block) => (block.attrs?.sourceUrl && !isExampleAddress(block.attrs.sourceUrl) ? [`quotes a non-example address ${block.attrs.sourceUrl}`] : [])),
    ...(paragraphs.length < 5 ? ["needs at least five paragraphs"] : []),
    ...(links.length === 0 ? ["needs an inline link"] : []),
    ...links.flatMap((href) => {
      if (href.startsWith("/articles/")) return slugs.has(href.slice("/articles/".length)) ? [] : [`links to a missing article ${href}`];
      return isExampleAddress(href) ? [] : [`links to a non-example address ${href}`];
    }),
    ...(article.tags.length < 1 || article.tags.length > 3 ? ["needs one to three tags"] : []),
    ...article.tags.flatMap((tag) => (knownTags.has(tag) ? [] : [`unknown tag ${tag}`])),
    ...(article.authors.length < 1 || new Set(article.authors).size !== article.authors.length ? ["needs distinct authors"] : []),
    ...(article.hoursAgo <= 0 || article.hoursAgo > MAX_HOURS_AGO ? ["must be published within the last 46 days"] : []),
    ...(article.videoUrl !== undefined && !PLACEHOLDER_VIDEO.test(article.videoUrl) ? ["video address is not a placeholder watch URL"] : []),
    ...(article.videoUrl !== undefined && !videos.some((block) => block.attrs.url === article.videoUrl) ? ["video article needs its video block"] : []),
    ...(countComments(article.comments) > MAX_COMMENTS_PER_ARTICLE ? [`has more than ${MAX_COMMENTS_PER_ARTICLE} comments`] : []),
    ...(article.commentPolicy === "CLOSED" && article.comments.length > 0 ? ["comments are closed but some are listed"] : []),
    ...commentProblems(article.comments, article, 0),
  ];
}

/** Throws one error listing every problem in the demo content. */
export function assertDemoContentIsValid(articles: readonly TDemoArticle[]): void {
  const slugs = new Set(articles.map((article) => article.slug));
  const problems = [
    ...(slugs.size !== articles.length ? ["two demo articles share a slug"] : []),
    ...(new Set(articles.map((article) => article.hoursAgo)).size !== articles.length ? ["two demo articles share a publication time"] : []),
    ...articles.flatMap((article) => articleProblems(article, slugs).map((problem) => `${article.slug}: ${problem}`)),
  ];
  if (problems.length > 0) throw new Error(`The demo content is invalid:\n  ${problems.join("\n  ")}`);
}
