import "server-only";
import { readerDb as db } from "@/lib/db/reader-client"; // the replica, if any
import { utcTimestampText } from "@/lib/dates/utc-timestamp-text";
import { ARTICLES_PER_PAGE, articleSummarySelect, toArticlePage, type TArticleSummary } from "./article-summary";
import { cachedRead } from "./cached-read";
import { cacheTags } from "./cache-tags";

export const SECTION_COUNT = 4;
export const STORIES_PER_SECTION = 3;
// Sections rank tags by how many of the newest RECENT_WINDOW stories carry them: a bounded scan
// whatever the size of the archive.
const RECENT_WINDOW = 200;
// Enough of each tag's newest stories to fill a section after leaving out those already on the
// front page (the lead and the latest list).
const CANDIDATES_PER_SECTION = STORIES_PER_SECTION + ARTICLES_PER_PAGE + 1;

export type TFrontPageSection = { tag: { slug: string; name: string }; articles: TArticleSummary[] };

export type TSectionCandidates = { slug: string; name: string; articleIds: string[] }[];

/**
 * The busiest tags of late and each one's newest story ids, in one query: the newest
 * RECENT_WINDOW published stories by Article(status, publishedAt DESC, id DESC), their tags
 * counted, the top SECTION_COUNT tags, then each tag's newest stories by
 * ArticleTag(tagId, status, publishedAt DESC, articleId DESC).
 */
export async function frontPageSectionCandidatesAt(now: Date): Promise<TSectionCandidates> {
  const nowText = utcTimestampText(now);
  const rows = await db.$queryRaw<{ slug: string; name: string; articleIds: string[] }[]>`
    WITH recent AS (
      SELECT "id" FROM "Article"
      WHERE "status" = 'PUBLISHED' AND "publishedAt" <= ${nowText}::timestamp(3)
      ORDER BY "publishedAt" DESC, "id" DESC
      LIMIT ${RECENT_WINDOW}
    ), busiest AS (
      SELECT link."tagId", COUNT(*) AS "stories"
      FROM recent JOIN "ArticleTag" link ON link."articleId" = recent."id"
      GROUP BY link."tagId"
      ORDER BY "stories" DESC, link."tagId"
      LIMIT ${SECTION_COUNT}
    )
    SELECT tag."slug", tag."name",
      ARRAY(
        SELECT link."articleId" FROM "ArticleTag" link
        WHERE link."tagId" = busiest."tagId" AND link."status" = 'PUBLISHED'
          AND link."publishedAt" <= ${nowText}::timestamp(3)
        ORDER BY link."publishedAt" DESC, link."articleId" DESC
        LIMIT ${CANDIDATES_PER_SECTION}
      ) AS "articleIds"
    FROM busiest JOIN "Tag" tag ON tag."id" = busiest."tagId"
    ORDER BY busiest."stories" DESC, tag."name"`;
  return rows.map((row) => ({ slug: row.slug, name: row.name, articleIds: row.articleIds }));
}

/** Each section's first STORIES_PER_SECTION candidates not shown above it nor in an earlier section. */
export function chooseFrontPageSections(
  candidates: TSectionCandidates,
  shownIds: readonly string[],
): { tag: { slug: string; name: string }; ids: string[] }[] {
  const taken = new Set(shownIds);
  return candidates.map((section) => {
    const ids = section.articleIds.filter((id) => !taken.has(id)).slice(0, STORIES_PER_SECTION);
    for (const id of ids) taken.add(id);
    return { tag: { slug: section.slug, name: section.name }, ids };
  });
}

/**
 * Sections by tag for the front page: up to STORIES_PER_SECTION stories each, leaving out
 * `shownIds` (already on the page) and stories already in an earlier section. Sections left
 * empty are dropped. Two cached reads: the candidates, then the chosen stories' cards.
 */
export async function listFrontPageSections(shownIds: readonly string[]): Promise<TFrontPageSection[]> {
  const candidates = await cachedRead(["front-page-section-candidates"], [cacheTags.articles, cacheTags.tags], () =>
    frontPageSectionCandidatesAt(new Date()),
  );
  const chosen = chooseFrontPageSections(candidates, shownIds);
  const allIds = chosen.flatMap((section) => section.ids).sort();
  if (allIds.length === 0) return [];
  const cards = await cachedRead(["article-cards", ...allIds], [cacheTags.articles], async () => {
    const rows = await db.article.findMany({ where: { id: { in: allIds } }, select: articleSummarySelect });
    // toArticlePage re-checks each story is published now (the link rows hold copies).
    return toArticlePage(
      rows.map((article) => ({ article, sortAt: article.publishedAt, sortId: article.id })),
      new Date(),
    ).articles;
  });
  const cardsById = new Map(cards.map((card) => [card.id, card]));
  return chosen
    .map((section) => ({
      tag: section.tag,
      articles: section.ids.flatMap((id) => {
        const card = cardsById.get(id);
        return card ? [card] : [];
      }),
    }))
    .filter((section) => section.articles.length > 0);
}
