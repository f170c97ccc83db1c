import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient, db } from "@/lib/db/client";
import { createArticle, uniqueSuffix } from "@/tests/factories";
import { dropTestReplica, prepareTestReplica } from "@/tests/setup/replica-database";
import type { PrismaClient } from "@/lib/generated/prisma/client";

// DATABASE_REPLICA_URL: reader-page reads go to the replica, everything else to the primary.
// The "replica" is a second database migrated alike and never fed by the primary, reached as a
// read-only role (tests/setup/replica-database.ts): which database answered is plain to see,
// and a reader path that wrote would fail. Needs a PostgreSQL server: the embedded one has a
// single database. tests/e2e/instances-read-replica.spec.ts checks the same on a running server.
const isEmbedded = process.env.DATABASE_EMBEDDED === "1";

type TReaderModules = {
  getPublishedArticleBySlug: typeof import("@/lib/articles/get-published-article-by-slug").getPublishedArticleBySlug;
  listArticleComments: typeof import("@/lib/comments/list-article-comments").listArticleComments;
  getCommentGateFacts: typeof import("@/lib/comments/get-comment-gate-facts").getCommentGateFacts;
  getFeed: typeof import("@/lib/feeds/get-feed").getFeed;
  listSitemapArticles: typeof import("@/lib/seo/list-sitemap-entries").listSitemapArticles;
  getSiteSettings: typeof import("@/lib/settings/site-settings").getSiteSettings;
  readSiteSettings: typeof import("@/lib/settings/site-settings").readSiteSettings;
};

describe.skipIf(isEmbedded)("reads from a replica", () => {
  let replica: PrismaClient;
  let owner: PrismaClient;
  let reader: TReaderModules;

  beforeAll(async () => {
    const urls = await prepareTestReplica(process.env.DATABASE_URL!);
    owner = createPrismaClient(urls.ownerUrl);
    vi.resetModules();
    vi.stubEnv("DATABASE_REPLICA_URL", urls.readerUrl);
    delete (globalThis as { masthead_readerDb?: unknown }).masthead_readerDb;
    replica = (await import("@/lib/db/reader-client")).readerDb;
    const settings = await import("@/lib/settings/site-settings");
    reader = {
      getPublishedArticleBySlug: (await import("@/lib/articles/get-published-article-by-slug")).getPublishedArticleBySlug,
      listArticleComments: (await import("@/lib/comments/list-article-comments")).listArticleComments,
      getCommentGateFacts: (await import("@/lib/comments/get-comment-gate-facts")).getCommentGateFacts,
      getFeed: (await import("@/lib/feeds/get-feed")).getFeed,
      listSitemapArticles: (await import("@/lib/seo/list-sitemap-entries")).listSitemapArticles,
      getSiteSettings: settings.getSiteSettings,
      readSiteSettings: settings.readSiteSettings,
    };
  }, 60_000);

  afterAll(async () => {
    await replica?.$disconnect();
    await owner?.$disconnect();
    delete (globalThis as { masthead_readerDb?: unknown }).masthead_readerDb;
    vi.unstubAllEnvs();
    await dropTestReplica(process.env.DATABASE_URL!);
  });

  /** A published story with a comment and a reply to it, on the replica only. */
  async function storyOnlyOnTheReplica() {
    const slug = `only-on-the-replica-${uniqueSuffix()}`;
    const publishedAt = new Date(Date.now() - 60_000);
    const author = await owner.user.create({ data: { email: `${slug}@example.test`, name: "Replica Writer", handle: slug, role: "AUTHOR" } });
    const article = await owner.article.create({
      data: {
        title: "Only on the replica",
        slug,
        body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Hello." }] }] },
        status: "PUBLISHED",
        publishedAt,
        commentCount: 2,
        authors: { create: [{ userId: author.id, position: 0, status: "PUBLISHED", publishedAt }] },
      },
    });
    const comment = await owner.comment.create({ data: { articleId: article.id, authorId: author.id, body: `A remark on the replica ${slug}.`, status: "PUBLISHED" } });
    const reply = await owner.comment.create({
      data: { articleId: article.id, authorId: author.id, parentId: comment.id, depth: 1, body: `A reply on the replica ${slug}.`, status: "PUBLISHED" },
    });
    return { article, author, comment, reply };
  }

  it("serves reader pages from the replica and leaves the primary to writes", async () => {
    expect(replica).not.toBe(db);
    const { article } = await storyOnlyOnTheReplica();
    expect((await reader.getPublishedArticleBySlug(article.slug))?.title).toBe("Only on the replica");
    expect(await db.article.findUnique({ where: { slug: article.slug } })).toBeNull();

    // A story written through the primary is not on this (never replicating) replica.
    const onPrimary = await createArticle({ status: "PUBLISHED" });
    expect(await reader.getPublishedArticleBySlug(onPrimary.slug)).toBeNull();
  });

  it("reads the comment thread, its replies and its gate, the feeds and the sitemap from the replica", async () => {
    const { article, author, comment, reply } = await storyOnlyOnTheReplica();

    const thread = await reader.listArticleComments(article.id);
    expect(thread.comments.map((shown) => shown.id)).toEqual([comment.id]);
    expect(thread.comments[0]?.replies.map((shown) => shown.id)).toEqual([reply.id]);
    expect(await reader.getCommentGateFacts(article)).toEqual({ commentPolicy: "OPEN", commentsCloseAt: null });

    const feed = await reader.getFeed({ kind: "author", handle: author.handle! });
    expect(feed?.items.map((item) => item.title)).toEqual(["Only on the replica"]);
    expect((await reader.listSitemapArticles(50_000)).map((entry) => entry.slug)).toContain(article.slug);
  });

  it("gives reader pages the replica's site settings and write paths the primary's", async () => {
    const onPrimary = await reader.readSiteSettings();
    const marker = onPrimary.commentMaxLength === 1_234 ? 1_235 : 1_234;
    await owner.siteSettings.upsert({ where: { id: 1 }, create: { id: 1, commentMaxLength: marker }, update: { commentMaxLength: marker } });
    expect((await reader.getSiteSettings()).commentMaxLength).toBe(marker);
    expect((await reader.readSiteSettings()).commentMaxLength).toBe(onPrimary.commentMaxLength);
  });

  it("cannot write through the replica's client: reader paths would fail if they tried", async () => {
    await expect(replica.user.create({ data: { email: `refused-${uniqueSuffix()}@example.test`, name: "Refused" } })).rejects.toThrow(/read-only/);
  });
});
