import "server-only";
import { cachedRead } from "@/lib/articles/cached-read";
import { cacheTags } from "@/lib/articles/cache-tags";
import { parseArticleBody } from "@/lib/articles/parse-article-body";
import { db } from "@/lib/db/client";
import { apiSummarySelect, toApiArticle } from "./api-article-shape";
import type { TApiArticle } from "./content-api-schemas";

const MAX_SLUG_LENGTH = 200;

/** A published story by slug, or null (unknown, not yet published, or an invalid stored body). Cached under article(slug). */
export function getApiArticle(slug: string): Promise<TApiArticle | null> {
  if (slug.length === 0 || slug.length > MAX_SLUG_LENGTH) return Promise.resolve(null);
  return cachedRead(["content-api-article", slug], [cacheTags.article(slug)], async () => {
    const row = await db.article.findUnique({ where: { slug }, select: { ...apiSummarySelect, body: true } });
    if (!row || row.status !== "PUBLISHED" || row.publishedAt === null || row.publishedAt > new Date()) return null;
    const body = parseArticleBody(row.body, { articleId: row.id });
    if (!body) return null;
    return toApiArticle({ ...row, publishedAt: row.publishedAt }, body);
  });
}
