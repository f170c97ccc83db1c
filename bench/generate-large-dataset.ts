// Fills a database to the size the speed bar talks about: 100,000 published articles and
// 1,000,000 comments (plus 20 authors, 1,000 commenters and 12 tags), all in SQL with
// generate_series, so it takes seconds rather than an hour of inserts.
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/masthead_bench npx tsx bench/generate-large-dataset.ts
//
// Run it on a migrated database meant for benchmarks (it adds rows next to whatever is there;
// every row it makes has an id starting with "bench-", so it can be run once per database).
// Then run bench/reader-pages.ts against the same DATABASE_URL.
import { db } from "@/lib/db/client";
import { blockquote, doc, paragraph } from "../tests/factories/documents";

const AUTHORS = 20;
const COMMENTERS = 1_000;
const TAGS = 12;

// One realistic body for every article: the page's cost depends on its size, not on variety.
const BODY = doc(
  paragraph("The committee met late into the night, and the vote that followed surprised even its sponsors."),
  blockquote("We did not expect the numbers to move this far, this fast.", { attribution: "A senior aide, to The Ledger" }),
  paragraph("Opponents said the measure would be challenged in court before the end of the month."),
  paragraph("Supporters countered that the public had waited long enough for a decision of this kind."),
);

async function step(label: string, run: () => Promise<unknown>) {
  const started = Date.now();
  await run();
  console.log(`  ${label.padEnd(28)} ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Adds the bench rows (ids "bench-...") to a migrated database; bench/run.ts calls it once per database. */
export async function generateDataset(ARTICLES: number, COMMENTS: number): Promise<void> {
  const body = JSON.stringify(BODY);
  await step("authors and commenters", () =>
    db.$executeRaw`
      INSERT INTO "User" (id, email, name, handle, role, "emailVerified", "updatedAt")
      SELECT 'bench-author-' || n, 'bench-author-' || n || '@bench.test', 'Bench Author ' || n,
             'bench-author-' || n, 'AUTHOR'::"Role", now(), now()
      FROM generate_series(1, ${AUTHORS}::int) AS n
      UNION ALL
      -- Verified, with published comments (below): their posts publish unless a rule holds them,
      -- so the comment bench measures the path that counts and expires caches.
      SELECT 'bench-member-' || n, 'bench-member-' || n || '@bench.test', 'Bench Member ' || n,
             NULL, 'MEMBER'::"Role", now(), now()
      FROM generate_series(1, ${COMMENTERS}::int) AS n`,
  );
  await step("tags", () =>
    db.$executeRaw`
      INSERT INTO "Tag" (id, slug, name)
      SELECT 'bench-tag-' || n, 'bench-tag-' || n, 'Bench tag ' || n FROM generate_series(1, ${TAGS}::int) AS n`,
  );
  await step(`${ARTICLES} articles`, () =>
    db.$executeRaw`
      INSERT INTO "Article" (id, title, slug, dek, body, status, "publishedAt", "updatedAt")
      SELECT 'bench-article-' || n, 'Bench story number ' || n || ' on the budget vote',
             'bench-story-' || n, 'A short summary of bench story ' || n || '.', ${body}::jsonb,
             'PUBLISHED'::"ArticleStatus", now() - make_interval(mins => n), now()
      FROM generate_series(1, ${ARTICLES}::int) AS n`,
  );
  await step("bylines and tag links", async () => {
    await db.$executeRaw`
      INSERT INTO "ArticleAuthor" ("articleId", "userId", position, status, "publishedAt")
      SELECT a.id, 'bench-author-' || (1 + (substr(a.id, 15)::int % ${AUTHORS}::int)), 0, a.status, a."publishedAt"
      FROM "Article" a WHERE a.id LIKE 'bench-article-%'`;
    await db.$executeRaw`
      INSERT INTO "ArticleTag" ("articleId", "tagId", status, "publishedAt")
      SELECT a.id, 'bench-tag-' || (1 + (substr(a.id, 15)::int % ${TAGS}::int)), a.status, a."publishedAt"
      FROM "Article" a WHERE a.id LIKE 'bench-article-%'`;
  });
  // Comments go mostly to the newest articles, as on a real site: article k gets its share by a
  // skewed pick, and one article in a hundred carries a long thread.
  await step(`${COMMENTS} comments`, () =>
    db.$executeRaw`
      INSERT INTO "Comment" (id, "articleId", "authorId", body, status, "createdAt", "updatedAt")
      SELECT 'bench-comment-' || n,
             'bench-article-' || (1 + floor(power(random(), 3) * ${ARTICLES}::int))::int,
             'bench-member-' || (1 + n % ${COMMENTERS}::int),
             'Bench comment ' || n || ': I read this twice and I still think the vote was rushed.',
             'PUBLISHED'::"CommentStatus", now() - make_interval(secs => n), now()
      FROM generate_series(1, ${COMMENTS}::int) AS n`,
  );
  await step("comment counts", () =>
    db.$executeRaw`
      UPDATE "Article" a SET "commentCount" = c.count
      FROM (SELECT "articleId", count(*)::int AS count FROM "Comment" WHERE id LIKE 'bench-comment-%' GROUP BY "articleId") c
      WHERE a.id = c."articleId"`,
  );
  await step("analyze", () => db.$executeRaw`ANALYZE`);
}

async function main() {
  if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL to the benchmark database.");
  await generateDataset(Number(process.env.BENCH_ARTICLES ?? 100_000), Number(process.env.BENCH_COMMENTS ?? 1_000_000));
}

if (process.argv[1]?.endsWith("generate-large-dataset.ts")) main()
  .then(() => db.$disconnect())
  .catch(async (error) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
