import { z } from "zod";
import { ZArticleDocument } from "@/lib/content/document-schema";

// The content API's responses, field by field. These schemas are the one definition: the
// handlers build objects of these types, and the OpenAPI description (openapi-document.ts) is
// generated from them, so the description cannot drift from what is sent. Field names are
// stable: add fields, never rename or remove them without a new API version.

const ZIsoTime = z.string().describe("ISO 8601 time in UTC, e.g. 2026-12-05T14:00:00.000Z");

export const ZApiAuthorRef = z.object({
  name: z.string(),
  handle: z.string().nullable().describe("URL name of the author's page; null for a byline without a public page"),
  url: z.string().nullable(),
});

export const ZApiTagRef = z.object({ slug: z.string(), name: z.string() });

export const ZApiArticleSummary = z.object({
  id: z.string(),
  slug: z.string(),
  url: z.string().describe("The story's page on the site"),
  title: z.string(),
  dek: z.string().describe("The standfirst under the headline; may be empty"),
  publishedAt: ZIsoTime,
  updatedAt: ZIsoTime,
  authors: z.array(ZApiAuthorRef),
  tags: z.array(ZApiTagRef),
  commentCount: z.int().min(0).describe("Published comments"),
  isVipOnly: z.boolean().describe("Members-only story: the API gives its opening only"),
  featuredImage: z.object({ url: z.string(), alt: z.string() }).nullable(),
  videoUrl: z.string().nullable(),
  locale: z.string(),
});

export const ZApiArticle = ZApiArticleSummary.extend({
  body: ZArticleDocument.describe("The story as Masthead's structured document (docs: lib/content/document-schema.ts)"),
  bodyHtml: z.string().describe("The same body rendered as HTML; links and images absolute"),
  bodyIsExcerpt: z.boolean().describe("True for members-only stories: body and bodyHtml hold the opening paragraphs only"),
  readingTimeMinutes: z.int().min(1).nullable(),
});

export const ZApiPageMeta = z.object({
  nextCursor: z.string().nullable().describe("Pass as ?after= for the next page; null on the last page"),
  limit: z.int(),
});

export const ZApiArticleList = z.object({ data: z.array(ZApiArticleSummary), meta: ZApiPageMeta });
export const ZApiArticleResponse = z.object({ data: ZApiArticle });

export const ZApiTag = ZApiTagRef.extend({ description: z.string(), url: z.string() });
export const ZApiTagList = z.object({ data: z.array(ZApiTag) });

export const ZApiAuthor = z.object({ name: z.string(), handle: z.string(), bio: z.string(), url: z.string(), image: z.string().nullable() });
export const ZApiAuthorList = z.object({ data: z.array(ZApiAuthor) });

export const ZApiComment = z.object({
  id: z.string(),
  parentId: z.string().nullable().describe("The comment this replies to; null for a top-level comment"),
  body: z.string().describe("Plain text, as the member wrote it (escape it before putting it in HTML)"),
  author: z.object({ name: z.string() }),
  createdAt: ZIsoTime,
  editedAt: ZIsoTime.nullable(),
  likeCount: z.int().min(0),
});
export const ZApiCommentList = z.object({ data: z.array(ZApiComment), meta: ZApiPageMeta });

export const ZApiError = z.object({ error: z.string(), fieldErrors: z.record(z.string(), z.string()).optional() });

export type TApiArticleSummary = z.infer<typeof ZApiArticleSummary>;
export type TApiArticle = z.infer<typeof ZApiArticle>;
export type TApiArticleList = z.infer<typeof ZApiArticleList>;
export type TApiTag = z.infer<typeof ZApiTag>;
export type TApiAuthor = z.infer<typeof ZApiAuthor>;
export type TApiComment = z.infer<typeof ZApiComment>;
export type TApiCommentList = z.infer<typeof ZApiCommentList>;

/** Query parameters of GET /api/content/articles. */
export const ZArticleListQuery = z.object({
  tag: z.string().trim().min(1).max(200).optional(),
  author: z.string().trim().min(1).max(200).optional(),
  publishedAfter: z.iso.datetime({ offset: true, message: "Use an ISO 8601 time, e.g. 2026-12-01T00:00:00Z." }).optional(),
  publishedBefore: z.iso.datetime({ offset: true, message: "Use an ISO 8601 time, e.g. 2026-12-31T00:00:00Z." }).optional(),
  limit: z.coerce.number({ message: "limit is a number from 1 to 100." }).int().min(1, { message: "limit is a number from 1 to 100." }).max(100, { message: "limit is a number from 1 to 100." }).default(20),
  after: z.string().max(200).optional(),
});
export type TArticleListQuery = z.infer<typeof ZArticleListQuery>;

export const ZCommentListQuery = z.object({
  limit: z.coerce.number({ message: "limit is a number from 1 to 100." }).int().min(1).max(100, { message: "limit is a number from 1 to 100." }).default(50),
  after: z.string().max(200).optional(),
});
