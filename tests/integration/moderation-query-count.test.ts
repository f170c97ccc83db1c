// The moderation pages cost a fixed number of queries whatever the page holds: no query per
// comment or per author. This file installs a query-counting database client before anything
// else loads lib/db/client.ts (which reuses a client found on globalThis), so it imports the
// rest dynamically.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectionFields } from "@/lib/db/database-url";
import { PrismaClient } from "@/lib/generated/prisma/client";

let queries = 0;
const holder = globalThis as unknown as { masthead_db?: PrismaClient };
const previous = holder.masthead_db;
let counting: PrismaClient | undefined;

beforeAll(() => {
  const client = new PrismaClient({
    adapter: new PrismaPg({ ...connectionFields(process.env.DATABASE_URL!), max: 4 }),
    log: [{ emit: "event", level: "query" }],
  });
  client.$on("query", () => {
    queries += 1;
  });
  counting = client;
  holder.masthead_db = client;
});

afterAll(async () => {
  // Later files in this worker get the client they would have had.
  if (previous) holder.masthead_db = previous;
  else delete holder.masthead_db;
  await counting?.$disconnect();
});

describe("query counts", () => {
  it("the article's comment list (the queue shares its loader): the same for one author or twenty, with replies and reports", async () => {
    const { createArticle, createComment, createUser } = await import("../factories");
    const { db } = await import("@/lib/db/client");
    const { listArticleCommentsForModerationFor } = await import("@/lib/moderation/list-article-comments-for-moderation");
    const moderator = await createUser({ role: "EDITOR", password: null });
    const actor = { id: moderator.id, email: moderator.email, name: moderator.name, role: "EDITOR" as const, tier: "FREE" as const, emailVerified: true };

    async function queriesFor(authorCount: number): Promise<number> {
      const article = await createArticle();
      const parent = await createComment({ articleId: article.id });
      for (let i = 0; i < 20; i++) {
        const authorId = i < authorCount ? (await createUser({ password: null })).id : parent.authorId;
        const comment = await createComment({ articleId: article.id, authorId, parentId: parent.id, status: "PENDING" });
        const reporter = await createUser({ password: null });
        await db.commentReport.create({ data: { commentId: comment.id, reporterId: reporter.id, reason: "SPAM" } });
        await db.moderatorNote.create({ data: { memberId: authorId, body: `Note ${i}` } });
      }
      queries = 0;
      const page = await listArticleCommentsForModerationFor(actor, { articleId: article.id });
      expect(page!.items).toHaveLength(21);
      return queries;
    }

    const one = await queriesFor(1);
    const twenty = await queriesFor(20);
    expect(one).toBeGreaterThan(0);
    expect(twenty).toBe(one);
    expect(twenty).toBeLessThanOrEqual(12);
  });
});
