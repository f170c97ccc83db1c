// The Ghost importer on the real 6.65 export (1,000 posts, 5 authors, 20 tags; Ghost leaves
// comments out) against real PostgreSQL: counts match, quotes survive, /slug/ and /tag/x/
// addresses lead to the right place, a second run changes nothing, a cut file is refused.
import { statSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TCurrentUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { importSiteFile } from "@/lib/import/import-site";
import { readExport } from "@/lib/import/read-export";
import { resolveOldAddress } from "@/lib/import/resolve-old-address";
import type { TSourcePost } from "@/lib/import/import-types";
import { createUser } from "../factories";
import { GHOST_FIXTURE, truncatedCopy, unpackFixture, removeScratchDirs } from "./import-fixtures";

afterAll(removeScratchDirs);

const SOURCE = "ghost:8eebeb96371187717fa407a16f00a7";
let admin: TCurrentUser;
const sampled: TSourcePost[] = [];

async function articleFor(sourceId: string) {
  const record = await db.importedRecord.findUniqueOrThrow({ where: { source_kind_sourceId: { source: SOURCE, kind: "post", sourceId } } });
  return db.article.findUniqueOrThrow({ where: { id: record.targetId } });
}

async function snapshot() {
  return { articles: await db.article.count(), users: await db.user.count(), tags: await db.tag.count(), revisions: await db.articleRevision.count(), redirects: await db.articleSlugRedirect.count() };
}

beforeAll(async () => {
  const user = await createUser({ role: "ADMIN" });
  admin = { id: user.id, email: user.email, name: user.name, role: "ADMIN", tier: "FREE", emailVerified: true };
  // Unpacked at test time: the importer reads plain and gzipped files alike.
  const plain = await unpackFixture(GHOST_FIXTURE, "ghost.json");
  await importSiteFile({ actor: admin, format: "ghost", path: plain, dryRun: false });
  let index = 0;
  for await (const event of readExport("ghost", GHOST_FIXTURE)) {
    if (event.kind === "post" && index++ % 100 === 3) sampled.push(event.post);
  }
}, 300_000);

describe("importing the Ghost 6.65 fixture", () => {
  it("brings every post with its authors and tags", async () => {
    const records = await db.importedRecord.findMany({ where: { source: SOURCE, kind: "post" }, select: { targetId: true } });
    const ids = records.map((record) => record.targetId);
    expect(ids).toHaveLength(1000);
    expect(await db.article.count({ where: { id: { in: ids }, status: "PUBLISHED" } })).toBe(1000);
    const authors = await db.articleAuthor.findMany({ where: { articleId: { in: ids } }, distinct: ["userId"], select: { user: { select: { role: true, passwordHash: true } } } });
    expect(authors).toHaveLength(5);
    expect(authors.every(({ user }) => user.passwordHash === null)).toBe(true);
    expect(await db.articleTag.findMany({ where: { articleId: { in: ids } }, distinct: ["tagId"] })).toHaveLength(20);
    expect(await db.articleTag.count({ where: { articleId: { in: ids } } })).toBe(3000);
    expect(await db.articleRevision.count({ where: { articleId: { in: ids }, source: "import" } })).toBe(1000);
  });

  it("keeps quotes, dates and titles, and answers the old addresses", async () => {
    expect(sampled).toHaveLength(10);
    for (const post of sampled) {
      const article = await articleFor(post.sourceId);
      expect(article.title).toBe(post.title);
      expect(article.publishedAt?.toISOString()).toBe(post.publishedAt?.toISOString());
      const blocks = (article.body as { content: { type: string; content?: { content?: { text?: string }[] }[] }[] }).content;
      const quotes = blocks.filter((block) => block.type === "blockquote");
      expect(quotes.length).toBe((post.html.match(/<blockquote/g) ?? []).length);
      const quoteStart = /<blockquote[^>]*>([^<]{20,60})/.exec(post.html)?.[1];
      if (quoteStart) expect(quotes[0]?.content?.[0]?.content?.[0]?.text?.startsWith(quoteStart)).toBe(true);
      // Ghost's permalink /slug/ (the WordPress test may hold the slug already: then -2).
      expect(await resolveOldAddress([post.slug])).toBe(`/articles/${article.slug}`);
    }
    expect(await resolveOldAddress(["tag", "elections"])).toBe("/tags/elections");
    expect(await resolveOldAddress(["tag", "elections", "rss"])).toBe("/tags/elections/feed.xml");
    expect(await resolveOldAddress(["rss"])).toBe("/feed.xml");
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await snapshot();
    const { report } = await importSiteFile({ actor: admin, format: "ghost", path: GHOST_FIXTURE, dryRun: false });
    expect(report.counts.posts).toEqual({ created: 0, updated: 0, unchanged: 1000, skipped: 1 });
    expect(await snapshot()).toEqual(before);
  }, 120_000);

  it("refuses a cut file with nothing written", async () => {
    const plain = await unpackFixture(GHOST_FIXTURE, "ghost.json");
    const cut = truncatedCopy(plain, Math.floor(statSync(plain).size * 0.8), "cut.json");
    await db.importedRecord.deleteMany({ where: { source: SOURCE, kind: "post", sourceId: sampled[1]!.sourceId } });
    const before = await snapshot();
    await expect(importSiteFile({ actor: admin, format: "ghost", path: cut, dryRun: false })).rejects.toThrow(/cannot be imported: the JSON is damaged: .* \(in or after post \d+, the last one begun\)/);
    expect(await snapshot()).toEqual(before);
  }, 120_000);
});
