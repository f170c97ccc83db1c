import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { readerDb as db } from "@/lib/db/reader-client"; // the replica, if any
import { bylineSelect, toBylineAuthors, type TBylineAuthor } from "@/lib/articles/article-summary";
import { cachedRead } from "@/lib/articles/cached-read";
import { cacheTags } from "@/lib/articles/cache-tags";
import { LESS_THAN, MATCH_END, MATCH_START, splitHighlights, withEllipses, type THighlightSegment } from "./highlight-markers";
import { SEARCH_MAX_PAGES, SEARCH_RESULTS_PER_PAGE, type TSearchRequest } from "./search-request";

export type TSearchResult = {
  id: string;
  slug: string;
  title: string;
  /** The headline with the matched words marked. */
  titleHighlights: THighlightSegment[];
  /** A passage from the dek and body around the matches (the dek alone for VIP-only stories). */
  snippet: THighlightSegment[];
  /** ISO 8601. */
  publishedAt: string;
  commentCount: number;
  isVipOnly: boolean;
  authors: TBylineAuthor[];
};

export type TSearchResults = {
  results: TSearchResult[];
  /** Matches counted up to the page cap; `totalIsCapped` says there are more than that. */
  total: number;
  totalIsCapped: boolean;
  hasNextPage: boolean;
};

type TMatchRow = {
  id: string;
  slug: string;
  title: string;
  publishedAt: Date;
  commentCount: number;
  isVipOnly: boolean;
  titleMarked: string;
  snippetMarked: string;
  /** The ends of the text the snippet was cut from, to tell whether it starts or ends mid-way. */
  sourceStart: string;
  sourceEnd: string;
};

const COUNT_CAP = SEARCH_MAX_PAGES * SEARCH_RESULTS_PER_PAGE;
const SOURCE_END_LENGTH = 40;

// Constant options (no reader input). Quoted because the markers are not ordinary words.
const SNIPPET_OPTIONS = `StartSel="${MATCH_START}", StopSel="${MATCH_END}", MaxWords=35, MinWords=15, ShortWord=3, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_OPTIONS = `StartSel="${MATCH_START}", StopSel="${MATCH_END}", HighlightAll=true`;

/**
 * Text as ts_headline should see it: our marker characters removed (so stored text cannot
 * forge a highlight) and "<" swapped for a stand-in (lib/search/highlight-markers.ts).
 */
function headlineSafe(text: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`replace(translate(${text}, chr(57344) || chr(57345) || chr(57346), ''), '<', ${LESS_THAN})`;
}

/** The reader's filters as SQL conditions on "Article" a; every value is a bound parameter. */
function filterConditions(request: TSearchRequest): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (request.tag !== null) {
    conditions.push(Prisma.sql`AND EXISTS (
      SELECT 1 FROM "ArticleTag" at JOIN "Tag" t ON t.id = at."tagId"
      WHERE at."articleId" = a.id AND t.slug = ${request.tag})`);
  }
  if (request.author !== null) {
    conditions.push(Prisma.sql`AND EXISTS (
      SELECT 1 FROM "ArticleAuthor" aa JOIN "User" u ON u.id = aa."userId"
      WHERE aa."articleId" = a.id AND u.handle = ${request.author})`);
  }
  // publishedAt is a UTC timestamp without zone; the bounds are whole UTC days.
  if (request.from !== null) conditions.push(Prisma.sql`AND a."publishedAt" >= ${request.from}::date`);
  if (request.to !== null) conditions.push(Prisma.sql`AND a."publishedAt" < (${request.to}::date + 1)`);
  return conditions.length > 0 ? Prisma.join(conditions, " ") : Prisma.empty;
}

// Rank: cover density over the weighted vector (title A, dek B, body C), plus one for any match
// in the headline itself, so a story whose headline has the words comes before one that only
// mentions them often (ts_filter keeps the vector's A-weighted lexemes, no re-parsing).
const RANK = Prisma.sql`(ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', a."searchVector", query, 1)
  + CASE WHEN ts_filter(a."searchVector", '{a}') @@ query THEN 1 ELSE 0 END)`;

const PUBLISHED_NOW = Prisma.sql`a.status = 'PUBLISHED' AND a."publishedAt" <= (now() AT TIME ZONE 'UTC')`;

async function findMatches(request: TSearchRequest): Promise<TMatchRow[]> {
  const offset = (request.page - 1) * SEARCH_RESULTS_PER_PAGE;
  const bodyText = Prisma.sql`(SELECT string_agg(part, ' ') FROM jsonb_array_elements_text(jsonb_path_query_array(m.body, 'strict $.**.text')) AS part)`;
  // Headlines are made for this page's rows only, after ranking and LIMIT.
  return db.$queryRaw<TMatchRow[]>`
    WITH matches AS (
      SELECT a.id, a.slug, a.title, a.dek, a.body, a."publishedAt", a."commentCount", a."isVipOnly", ${RANK} AS rank
      FROM "Article" a, websearch_to_tsquery('english', ${request.query}) AS query
      WHERE a."searchVector" @@ query AND ${PUBLISHED_NOW} ${filterConditions(request)}
      ORDER BY rank DESC, a."publishedAt" DESC, a.id DESC
      LIMIT ${SEARCH_RESULTS_PER_PAGE + 1} OFFSET ${offset}
    )
    SELECT m.id, m.slug, m.title, m."publishedAt", m."commentCount", m."isVipOnly",
      ts_headline('english', ${headlineSafe(Prisma.sql`m.title`)}, query, ${TITLE_OPTIONS}) AS "titleMarked",
      ts_headline('english', source.text, query, ${SNIPPET_OPTIONS}) AS "snippetMarked",
      left(source.text, ${SOURCE_END_LENGTH}) AS "sourceStart",
      right(source.text, ${SOURCE_END_LENGTH}) AS "sourceEnd"
    FROM matches m
    CROSS JOIN websearch_to_tsquery('english', ${request.query}) AS query
    CROSS JOIN LATERAL (
      SELECT ${headlineSafe(Prisma.sql`concat_ws(' ', m.dek, CASE WHEN m."isVipOnly" THEN NULL ELSE ${bodyText} END)`)} AS text
    ) AS source
    ORDER BY m.rank DESC, m."publishedAt" DESC, m.id DESC`;
}

/** How many stories match, counting no further than the pages search will show. */
async function countMatches(request: TSearchRequest): Promise<number> {
  const rows = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS count FROM (
      SELECT 1 FROM "Article" a, websearch_to_tsquery('english', ${request.query}) AS query
      WHERE a."searchVector" @@ query AND ${PUBLISHED_NOW} ${filterConditions(request)}
      LIMIT ${COUNT_CAP + 1}
    ) AS capped`;
  return rows[0]?.count ?? 0;
}

async function readSearch(request: TSearchRequest): Promise<TSearchResults> {
  const [matches, total] = await Promise.all([findMatches(request), countMatches(request)]);
  const pageRows = matches.slice(0, SEARCH_RESULTS_PER_PAGE);
  const bylines = await db.article.findMany({
    where: { id: { in: pageRows.map((row) => row.id) } },
    select: { id: true, authors: bylineSelect },
  });
  const authorsById = new Map(bylines.map((row) => [row.id, toBylineAuthors(row.authors)]));
  return {
    results: pageRows.map((row) => ({
      id: row.id,
      slug: row.slug,
      title: row.title,
      titleHighlights: splitHighlights(row.titleMarked),
      snippet: withEllipses(splitHighlights(row.snippetMarked), row.sourceStart, row.sourceEnd),
      publishedAt: row.publishedAt.toISOString(),
      commentCount: row.commentCount,
      isVipOnly: row.isVipOnly,
      authors: authorsById.get(row.id) ?? [],
    })),
    total: Math.min(total, COUNT_CAP),
    totalIsCapped: total > COUNT_CAP,
    hasNextPage: matches.length > SEARCH_RESULTS_PER_PAGE && request.page < SEARCH_MAX_PAGES,
  };
}

/**
 * Published stories matching the reader's words (PostgreSQL full-text search, English
 * stemming, web-search syntax: "quoted phrases", -excluded, or), best first, one page at a time.
 * The request must come from parseSearchRequest. Cached per normalised request; any article
 * change expires it (cacheTags.articles), and it expires by time for scheduled stories.
 */
export function searchArticles(request: TSearchRequest): Promise<TSearchResults> {
  const empty: TSearchResults = { results: [], total: 0, totalIsCapped: false, hasNextPage: false };
  if (request.query === "") return Promise.resolve(empty);
  const key = [
    "search-articles",
    request.query.toLowerCase(),
    request.tag ?? "",
    request.author ?? "",
    request.from ?? "",
    request.to ?? "",
    String(request.page),
  ];
  return cachedRead(key, [cacheTags.articles, cacheTags.search], () => readSearch(request));
}
