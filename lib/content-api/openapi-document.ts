import { z } from "zod";
import {
  ZApiArticleList,
  ZApiArticleResponse,
  ZApiAuthorList,
  ZApiCommentList,
  ZApiError,
  ZApiTagList,
} from "./content-api-schemas";

// The OpenAPI 3.1 description of the content API, served at /api/content/openapi.json. Its
// schemas are generated from the zod schemas the handlers' responses are typed with
// (content-api-schemas.ts), and tests/e2e/content-api.spec.ts validates real responses against it.

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { target: "draft-2020-12", unrepresentable: "any", io: "output" }) as Record<string, unknown>;
  delete generated.$schema;
  return generated;
}

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
const ok = (schemaName: string, description: string) => ({ description, content: { "application/json": { schema: { $ref: `#/components/schemas/${schemaName}` } } } });
const COMMON_ERRORS = {
  "400": errorResponse("A query parameter is not valid; fieldErrors names it."),
  "401": errorResponse("No key, or an unknown or revoked key."),
  "429": errorResponse("Too many requests with this key; see the Retry-After header (seconds)."),
};

const limit = (max: number, fallback: number) => ({ name: "limit", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: max, default: fallback } });
const after = { name: "after", in: "query", required: false, description: "The nextCursor of the previous page", schema: { type: "string" } };
const slug = { name: "slug", in: "path", required: true, schema: { type: "string" } };

export function buildOpenApiDocument(serverUrl: string): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: {
      title: "Masthead content API",
      version: "1.0.0",
      description:
        "Read-only access to what readers can see: published stories (with the body as Masthead's structured document and as HTML), tags, authors and published comments. Send a key made by an admin at /admin/integrations as `Authorization: Bearer <key>`. Lists are newest first (comments oldest first) and paged with opaque cursors: pass `meta.nextCursor` as `after`. Each key may make 300 requests a minute. Responses are cached by the server and expire when the story changes.",
    },
    servers: [{ url: serverUrl }],
    security: [{ apiKey: [] }],
    paths: {
      "/api/content/articles": {
        get: {
          operationId: "listArticles",
          summary: "Published stories, newest first",
          parameters: [
            { name: "tag", in: "query", required: false, description: "A tag's slug", schema: { type: "string" } },
            { name: "author", in: "query", required: false, description: "An author's handle", schema: { type: "string" } },
            { name: "publishedAfter", in: "query", required: false, description: "ISO 8601 time; stories published at or after it", schema: { type: "string", format: "date-time" } },
            { name: "publishedBefore", in: "query", required: false, description: "ISO 8601 time; stories published at or before it", schema: { type: "string", format: "date-time" } },
            limit(100, 20),
            after,
          ],
          responses: { "200": ok("ArticleList", "A page of stories"), ...COMMON_ERRORS },
        },
      },
      "/api/content/articles/{slug}": {
        get: {
          operationId: "getArticle",
          summary: "One published story by its slug",
          parameters: [slug],
          responses: { "200": ok("ArticleResponse", "The story"), "404": errorResponse("No published story has this slug."), ...COMMON_ERRORS },
        },
      },
      "/api/content/articles/{slug}/comments": {
        get: {
          operationId: "listArticleComments",
          summary: "A published story's published comments, oldest first",
          parameters: [slug, limit(100, 50), after],
          responses: { "200": ok("CommentList", "A page of comments"), "404": errorResponse("No published story has this slug."), ...COMMON_ERRORS },
        },
      },
      "/api/content/tags": {
        get: { operationId: "listTags", summary: "Every tag, by name", responses: { "200": ok("TagList", "The tags"), ...COMMON_ERRORS } },
      },
      "/api/content/authors": {
        get: { operationId: "listAuthors", summary: "Authors with a public page, by name", responses: { "200": ok("AuthorList", "The authors"), ...COMMON_ERRORS } },
      },
    },
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "A content API key (mh_…)" } },
      schemas: {
        ArticleList: jsonSchema(ZApiArticleList),
        ArticleResponse: jsonSchema(ZApiArticleResponse),
        CommentList: jsonSchema(ZApiCommentList),
        TagList: jsonSchema(ZApiTagList),
        AuthorList: jsonSchema(ZApiAuthorList),
        Error: jsonSchema(ZApiError),
      },
    },
  };
}
