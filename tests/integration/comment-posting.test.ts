// Posting a comment: who may, exactly once, the moderation rules as the posting path applies
// them (publish, hold, shadow, reject), and the article's count.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getViewerComments } from "@/lib/comments/get-viewer-comments";
import { listArticleComments } from "@/lib/comments/list-article-comments";
import { postCommentFor } from "@/lib/comments/post-comment";
import { db } from "@/lib/db/client";
import { COMMENTS_PER_USER } from "@/lib/rate-limit/rules";
import { readSiteSettings } from "@/lib/settings/site-settings";
import { createWebhookFor } from "@/lib/webhooks/manage-webhooks";
import { createArticle, createComment, createEstablishedMember, createUser, uniqueSuffix } from "../factories";
import { actor, address, clientToken, rejection } from "./comment-test-helpers";

async function commentCount(articleId: string): Promise<number> {
  return (await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { commentCount: true } })).commentCount;
}

describe("posting", () => {
  it("publishes an established member's comment, counts it and shows it in the thread", async () => {
    const article = await createArticle();
    const member = await createEstablishedMember();
    const posted = await postCommentFor(actor(member), { articleId: article.id, body: "  Publish the figures.\r\n\r\nAll of them.  ", clientToken: clientToken() }, { address: address() });
    expect(posted).toMatchObject({ outcome: "published", isReplay: false });
    const row = await db.comment.findUniqueOrThrow({ where: { id: posted.id } });
    expect(row).toMatchObject({ status: "PUBLISHED", body: "Publish the figures.\n\nAll of them.", depth: 0, heldReason: null });
    expect(row.addressHash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await commentCount(article.id)).toBe(1);
    expect((await listArticleComments(article.id)).comments.map((c) => c.id)).toEqual([posted.id]);
  });

  it("holds a new member's first comment: not counted, not public, shown to its author marked", async () => {
    const article = await createArticle();
    const member = await createUser();
    const posted = await postCommentFor(actor(member), { articleId: article.id, body: "My first words here.", clientToken: clientToken() }, { address: address() });
    expect(posted.outcome).toBe("held");
    expect(await db.comment.findUniqueOrThrow({ where: { id: posted.id } })).toMatchObject({ status: "PENDING", heldReason: "first-comments" });
    expect(await commentCount(article.id)).toBe(0);
    expect((await listArticleComments(article.id)).comments).toEqual([]);
    const own = await getViewerComments(actor(member), article.id, []);
    expect(own.extras).toMatchObject([{ id: posted.id, isAwaitingReview: true }]);
    expect((await getViewerComments(actor(await createUser()), article.id, [])).extras).toEqual([]);
  });

  it("is exactly once per form: a replay and concurrent double submits make one comment", async () => {
    const article = await createArticle();
    const member = await createEstablishedMember();
    const input = { articleId: article.id, body: "Said once.", clientToken: clientToken() };
    const context = { address: address() };
    const first = await postCommentFor(actor(member), input, context);
    const replay = await postCommentFor(actor(member), { ...input, body: "Said once, edited in the retry." }, context);
    expect(replay).toEqual({ ...first, isReplay: true });

    const racing = { ...input, clientToken: clientToken(), body: "Double click." };
    const results = await Promise.all([1, 2, 3, 4].map(() => postCommentFor(actor(member), racing, context)));
    expect(new Set(results.map((result) => result.id)).size).toBe(1);
    expect(await db.comment.count({ where: { articleId: article.id } })).toBe(2);
    expect(await commentCount(article.id)).toBe(2);
  });

  it("lets two members use the same token independently", async () => {
    const article = await createArticle();
    const token = clientToken();
    const [a, b] = [await createEstablishedMember(), await createEstablishedMember()];
    const first = await postCommentFor(actor(a), { articleId: article.id, body: "One.", clientToken: token }, { address: address() });
    const second = await postCommentFor(actor(b), { articleId: article.id, body: "Two.", clientToken: token }, { address: address() });
    expect(first.id).not.toBe(second.id);
  });

  it("refuses a comment over the length limit, naming the field, and writes nothing", async () => {
    const article = await createArticle();
    const member = await createEstablishedMember();
    const { commentMaxLength } = await readSiteSettings();
    const error = await rejection(
      postCommentFor(actor(member), { articleId: article.id, body: "x".repeat(commentMaxLength + 1), clientToken: clientToken() }, { address: address() }),
    );
    expect(error.status).toBe(400);
    expect(error.fieldErrors.body).toMatch(/at most .* characters/);
    expect(await db.comment.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("refuses an empty comment and a draft article", async () => {
    const member = await createEstablishedMember();
    const article = await createArticle();
    expect((await rejection(postCommentFor(actor(member), { articleId: article.id, body: " \n ", clientToken: clientToken() }, { address: address() }))).fieldErrors.body).toBe(
      "Write your comment first.",
    );
    const draft = await createArticle({ status: "DRAFT" });
    expect((await rejection(postCommentFor(actor(member), { articleId: draft.id, body: "Hello", clientToken: clientToken() }, { address: address() }))).status).toBe(404);
  });
});

describe("who may comment", () => {
  it("on a VIP thread: a free member is refused, a VIP member posts", async () => {
    const article = await createArticle({ commentPolicy: "VIP" });
    const free = await createEstablishedMember();
    const error = await rejection(postCommentFor(actor(free), { articleId: article.id, body: "Let me in.", clientToken: clientToken() }, { address: address() }));
    expect(error).toMatchObject({ status: 403, publicMessage: "Comments on this story are open to VIP members only." });
    const vip = await createEstablishedMember({ tier: "VIP" });
    expect((await postCommentFor(actor(vip), { articleId: article.id, body: "Members' view.", clientToken: clientToken() }, { address: address() })).outcome).toBe("published");
    expect(await db.comment.count({ where: { articleId: article.id } })).toBe(1);
  });

  it("refuses on a closed thread, by policy or by closing time", async () => {
    const member = await createEstablishedMember();
    const closed = await createArticle({ commentPolicy: "CLOSED" });
    const expired = await createArticle();
    await db.article.update({ where: { id: expired.id }, data: { commentsCloseAt: new Date(Date.now() - 1000) } });
    for (const article of [closed, expired]) {
      const error = await rejection(postCommentFor(actor(member), { articleId: article.id, body: "Too late?", clientToken: clientToken() }, { address: address() }));
      expect(error).toMatchObject({ status: 409, publicMessage: "Comments are closed for this story." });
    }
    expect(await db.comment.count({ where: { articleId: { in: [closed.id, expired.id] } } })).toBe(0);
  });
});

describe("replies", () => {
  it("nest three levels; a reply to the third level is stored beside it", async () => {
    const article = await createArticle();
    const member = await createEstablishedMember();
    const post = (body: string, parentId?: string) =>
      postCommentFor(actor(member), { articleId: article.id, body, parentId: parentId ?? "", clientToken: clientToken() }, { address: address() });
    const top = await post("Top.");
    const reply = await post("Reply.", top.id);
    const deep = await post("Reply to reply.", reply.id);
    const deeper = await post("And again.", deep.id);
    const rows = await db.comment.findMany({ where: { id: { in: [reply.id, deep.id, deeper.id] } }, select: { id: true, depth: true, parentId: true } });
    expect(rows.find((row) => row.id === deep.id)).toMatchObject({ depth: 2, parentId: reply.id });
    expect(rows.find((row) => row.id === deeper.id)).toMatchObject({ depth: 2, parentId: reply.id });
    const thread = await listArticleComments(article.id);
    expect(thread.comments[0]?.replies[0]?.replies.map((c) => c.body)).toEqual(["Reply to reply.", "And again."]);
  });

  it("refuse a parent on another article or not published", async () => {
    const member = await createEstablishedMember();
    const article = await createArticle();
    const elsewhere = await createComment({ articleId: (await createArticle()).id });
    const held = await createComment({ articleId: article.id, status: "PENDING" });
    for (const parentId of [elsewhere.id, held.id]) {
      const error = await rejection(postCommentFor(actor(member), { articleId: article.id, parentId, body: "Hm.", clientToken: clientToken() }, { address: address() }));
      expect(error.status).toBe(404);
    }
  });
});

describe("moderation rules on posting", () => {
  const banned = `zorblax${uniqueSuffix()}`;
  const suspect = `quibbleflux${uniqueSuffix()}`;
  beforeAll(async () => {
    const settings = await readSiteSettings();
    await db.siteSettings.update({
      where: { id: 1 },
      data: { bannedWords: [...settings.bannedWords, banned], suspectWords: [...settings.suspectWords, suspect] },
    });
  });
  afterAll(async () => {
    const settings = await readSiteSettings();
    await db.siteSettings.update({
      where: { id: 1 },
      data: {
        bannedWords: settings.bannedWords.filter((word) => word !== banned),
        suspectWords: settings.suspectWords.filter((word) => word !== suspect),
      },
    });
  });

  it("a banned word rejects with a clear message and writes nothing", async () => {
    const article = await createArticle();
    const member = await createEstablishedMember();
    const error = await rejection(postCommentFor(actor(member), { articleId: article.id, body: `You ${banned.toUpperCase()}!`, clientToken: clientToken() }, { address: address() }));
    expect(error.status).toBe(400);
    expect(error.fieldErrors.body).toContain(`“${banned}”`);
    expect(await db.comment.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("a suspect word holds", async () => {
    const article = await createArticle();
    const member = await createEstablishedMember();
    const posted = await postCommentFor(actor(member), { articleId: article.id, body: `Try ${suspect} today`, clientToken: clientToken() }, { address: address() });
    expect(await db.comment.findUniqueOrThrow({ where: { id: posted.id } })).toMatchObject({ status: "PENDING", heldReason: "suspect-word" });
  });

  it("links: refused from a brand-new account, held when there are too many", async () => {
    const article = await createArticle();
    const newcomer = await createUser();
    await createComment({ articleId: article.id, authorId: newcomer.id });
    const error = await rejection(
      postCommentFor(actor(newcomer), { articleId: article.id, body: "Buy at https://shop.example", clientToken: clientToken() }, { address: address() }),
    );
    expect(error.fieldErrors.body).toMatch(/New accounts can post links/);

    const regular = await createEstablishedMember();
    const { maxLinksPerComment } = await readSiteSettings();
    const links = Array.from({ length: maxLinksPerComment + 1 }, (_, i) => `https://source${i}.example/report`).join(" and ");
    const posted = await postCommentFor(actor(regular), { articleId: article.id, body: `Sources: ${links}`, clientToken: clientToken() }, { address: address() });
    expect(await db.comment.findUniqueOrThrow({ where: { id: posted.id } })).toMatchObject({ status: "PENDING", heldReason: "too-many-links" });
  });

  it("a flood from one account, or from one address across accounts, is held", async () => {
    const article = await createArticle();
    const { floodMaxComments } = await readSiteSettings();
    const member = await createEstablishedMember();
    const statuses: string[] = [];
    for (let i = 0; i <= floodMaxComments; i++) {
      const posted = await postCommentFor(actor(member), { articleId: article.id, body: `Point ${i}.`, clientToken: clientToken() }, { address: address() });
      statuses.push(posted.outcome);
    }
    expect(statuses.at(-1)).toBe("held");
    expect(statuses.slice(0, -1).every((status) => status === "published")).toBe(true);

    const shared = address();
    const outcomes: string[] = [];
    for (let i = 0; i <= floodMaxComments; i++) {
      const sock = await createEstablishedMember();
      outcomes.push((await postCommentFor(actor(sock), { articleId: article.id, body: `Sock ${i}.`, clientToken: clientToken() }, { address: shared })).outcome);
    }
    expect(outcomes.at(-1)).toBe("held");
  });

  it("the honeypot rejects", async () => {
    const article = await createArticle();
    const member = await createEstablishedMember();
    const error = await rejection(
      postCommentFor(actor(member), { articleId: article.id, body: "Nice post", website: "http://bot.example", clientToken: clientToken() }, { address: address() }),
    );
    expect(error.status).toBe(400);
    expect(await db.comment.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("a shadow-banned member's comment is stored hidden: they see it as published, nobody else does", async () => {
    const article = await createArticle();
    const member = await createEstablishedMember();
    await db.user.update({ where: { id: member.id }, data: { shadowBannedAt: new Date() } });
    const posted = await postCommentFor(actor(member), { articleId: article.id, body: "Nobody hears me.", clientToken: clientToken() }, { address: address() });
    expect(posted.outcome).toBe("published");
    expect(await db.comment.findUniqueOrThrow({ where: { id: posted.id } })).toMatchObject({ status: "HIDDEN", heldReason: "shadow-ban" });
    expect(await commentCount(article.id)).toBe(0);
    expect((await listArticleComments(article.id)).comments).toEqual([]);
    expect((await getViewerComments(actor(member), article.id, [])).extras).toMatchObject([{ id: posted.id, isAwaitingReview: false }]);
  });

  it("moderators skip the review rules", async () => {
    const article = await createArticle();
    const editor = await createUser({ role: "EDITOR" });
    const posted = await postCommentFor(actor(editor), { articleId: article.id, body: "From the desk.", clientToken: clientToken() }, { address: address() });
    expect(posted.outcome).toBe("published");
  });
});

describe("comments from unverified accounts", () => {
  it("wait for a moderator by default, and are published when the site setting is off", async () => {
    const article = await createArticle();
    const member = await createEstablishedMember();
    const unverified = { ...actor(member), emailVerified: false };
    expect((await readSiteSettings()).holdUnverifiedComments).toBe(true);
    const held = await postCommentFor(unverified, { articleId: article.id, body: "Not verified yet.", clientToken: clientToken() }, { address: address() });
    expect(held.outcome).toBe("held");
    expect((await db.comment.findUniqueOrThrow({ where: { id: held.id } })).heldReason).toBe("unverified");

    await db.siteSettings.update({ where: { id: 1 }, data: { holdUnverifiedComments: false } });
    try {
      const published = await postCommentFor(unverified, { articleId: article.id, body: "Still not verified.", clientToken: clientToken() }, { address: address() });
      expect(published.outcome).toBe("published");
    } finally {
      await db.siteSettings.update({ where: { id: 1 }, data: { holdUnverifiedComments: true } });
    }
  });
});

describe("hard limits and announcements on posting", () => {
  it("refuses a member's comment past the limit (429) and stores nothing; refused comments count too", async () => {
    const article = await createArticle();
    const member = await createEstablishedMember();
    const post = (body: string, website = "") => postCommentFor(actor(member), { articleId: article.id, body, clientToken: clientToken(), website }, { address: address() });
    for (let i = 1; i < COMMENTS_PER_USER.limit; i++) await post(`Comment ${i}.`);
    // The honeypot's refusal is counted like a post.
    expect((await rejection(post("A bot's words.", "https://spam.example"))).status).toBe(400);
    const refused = await rejection(post("One too many."));
    expect(refused.status).toBe(429);
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(await db.comment.count({ where: { articleId: article.id } })).toBe(COMMENTS_PER_USER.limit - 1);
  });

  it("queues a webhook delivery with the posted comment, and none for a shadow-banned one", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const hook = await createWebhookFor(actor(admin), { url: `https://hooks.example.test/${uniqueSuffix()}`, events: ["comment.published", "comment.held"] });
    try {
      const article = await createArticle();
      const published = await postCommentFor(actor(await createEstablishedMember()), { articleId: article.id, body: "Announced.", clientToken: clientToken() }, { address: address() });
      const held = await postCommentFor(actor(await createUser()), { articleId: article.id, body: "Announced as held.", clientToken: clientToken() }, { address: address() });
      const banned = await createEstablishedMember();
      await db.user.update({ where: { id: banned.id }, data: { shadowBannedAt: new Date() } });
      await postCommentFor(actor(banned), { articleId: article.id, body: "Quietly hidden.", clientToken: clientToken() }, { address: address() });
      const deliveries = await db.webhookDelivery.findMany({ where: { webhookId: hook.id }, orderBy: { createdAt: "asc" } });
      expect(deliveries.map((delivery) => [delivery.event, (delivery.payload as { data: { comment: { id: string } } }).data.comment.id])).toEqual([
        ["comment.published", published.id],
        ["comment.held", held.id],
      ]);
    } finally {
      await db.webhook.deleteMany({ where: { id: hook.id } });
    }
  });
});
