import "server-only";
import { readerDb as db } from "@/lib/db/reader-client"; // the replica, if any
import { articleSummarySelect, toBylineAuthors, type TArticleSummary } from "./article-summary";
import { cachedRead } from "./cached-read";
import { cacheTags } from "./cache-tags";

export type TLeadArticle = TArticleSummary & { featuredImageUrl: string | null; featuredImageAlt: string | null };

// A story with a picture makes a better lead, but never an old one: only the newest few compete.
const LEAD_CANDIDATES = 5;

/**
 * The front page's lead story: the newest published story with a featured image among the
 * newest LEAD_CANDIDATES, or else the newest story; null when nothing is published. One short
 * scan of Article(status, publishedAt DESC, id DESC).
 */
export async function leadArticleAt(now: Date): Promise<TLeadArticle | null> {
  const rows = await db.article.findMany({
    where: { status: "PUBLISHED", publishedAt: { lte: now } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: LEAD_CANDIDATES,
    select: { ...articleSummarySelect, featuredImageUrl: true, featuredImageAlt: true },
  });
  const lead = rows.find((row) => row.featuredImageUrl) ?? rows[0];
  if (!lead?.publishedAt) return null;
  return {
    id: lead.id,
    slug: lead.slug,
    title: lead.title,
    dek: lead.dek,
    publishedAt: lead.publishedAt.toISOString(),
    commentCount: lead.commentCount,
    authors: toBylineAuthors(lead.authors),
    featuredImageUrl: lead.featuredImageUrl,
    featuredImageAlt: lead.featuredImageAlt,
  };
}

export function getLeadArticle(): Promise<TLeadArticle | null> {
  return cachedRead(["lead-article"], [cacheTags.articles], () => leadArticleAt(new Date()));
}
