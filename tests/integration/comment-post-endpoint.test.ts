// The comment form's JSON endpoint (lib/comments/comment-post-endpoint.ts), which the route handler
// and the fast path before Next's router both answer with: who may post, from where, what it
// takes, and that a refusal stores nothing.
import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { answerCommentPost, MAX_COMMENT_POST_BYTES, type TCommentPostRequest } from "@/lib/comments/comment-post-endpoint";
import { db } from "@/lib/db/client";
import { authSecret } from "@/lib/env";
import { createArticle, createEstablishedMember, createUser } from "../factories";
import { address, clientToken } from "./comment-test-helpers";

const SITE = "http://localhost:3000";

async function sessionCookieOf(user: { id: string; tokenVersion: number }): Promise<string> {
  const sid = randomBytes(24).toString("base64url");
  await db.session.create({ data: { sessionToken: sid, userId: user.id, expires: new Date(Date.now() + 3_600_000) } });
  const token = await encode({ token: { sub: user.id, tv: user.tokenVersion, sid }, secret: authSecret(), maxAge: 3600 });
  return `theme=dark; next-auth.session-token=${token}`;
}

function request(articleId: string, options: { cookie?: string; origin?: string; contentType?: string; body?: string | null }): TCommentPostRequest & { bodyRead: () => boolean } {
  let bodyRead = false;
  const headers = new Headers({ host: "localhost:3000", "x-masthead-socket-address": address() });
  if (options.cookie) headers.set("cookie", options.cookie);
  headers.set("origin", options.origin ?? SITE);
  headers.set("content-type", options.contentType ?? "application/json");
  return {
    articleId,
    headers,
    readBody: async () => {
      bodyRead = true;
      return options.body === undefined ? "{}" : options.body;
    },
    bodyRead: () => bodyRead,
  };
}

const commentsOn = (articleId: string) => db.comment.count({ where: { articleId } });

describe("the comment endpoint", () => {
  it("stores a member's comment once, however often the same form is sent", async () => {
    const article = await createArticle();
    const cookie = await sessionCookieOf(await createEstablishedMember());
    const token = clientToken();
    const body = JSON.stringify({ parentId: "", clientToken: token, body: "Publish the figures.", website: "" });
    const first = await answerCommentPost(request(article.id, { cookie, body }));
    expect(first).toMatchObject({ status: 200, result: { ok: true, data: { outcome: "published", isReplay: false } } });
    const again = await answerCommentPost(request(article.id, { cookie, body }));
    expect(again).toMatchObject({ status: 200, result: { ok: true, data: { isReplay: true } } });
    expect(await commentsOn(article.id)).toBe(1);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).commentCount).toBe(1);
  });

  it("refuses a stranger before reading the body, and a post from another site before the session", async () => {
    const article = await createArticle();
    const anonymous = request(article.id, {});
    expect(await answerCommentPost(anonymous)).toMatchObject({ status: 401, result: { ok: false, message: "Please sign in to continue." } });
    expect(anonymous.bodyRead()).toBe(false);
    const cookie = await sessionCookieOf(await createEstablishedMember());
    const crossSite = request(article.id, { cookie, origin: "https://evil.example", body: JSON.stringify({ clientToken: clientToken(), body: "Hi" }) });
    expect(await answerCommentPost(crossSite)).toMatchObject({ status: 403 });
    expect(crossSite.bodyRead()).toBe(false);
    const banned = await sessionCookieOf(await createUser({ status: "BANNED", banReason: "Spam" }));
    expect(await answerCommentPost(request(article.id, { cookie: banned }))).toMatchObject({ status: 403 });
    expect(await commentsOn(article.id)).toBe(0);
  });

  it("names the field that is wrong, and refuses what is not a comment", async () => {
    const article = await createArticle();
    const cookie = await sessionCookieOf(await createEstablishedMember());
    const empty = await answerCommentPost(request(article.id, { cookie, body: JSON.stringify({ clientToken: clientToken(), body: "   " }) }));
    expect(empty.status).toBe(400);
    expect(empty.result.ok ? {} : empty.result.fieldErrors).toHaveProperty("body");
    const noToken = await answerCommentPost(request(article.id, { cookie, body: JSON.stringify({ body: "Fine words." }) }));
    expect(noToken.result.ok ? {} : noToken.result.fieldErrors).toHaveProperty("clientToken");
    expect(await answerCommentPost(request(article.id, { cookie, body: "{not json" }))).toMatchObject({ status: 400 });
    expect(await answerCommentPost(request(article.id, { cookie, contentType: "text/plain" }))).toMatchObject({ status: 415 });
    expect(await answerCommentPost(request(article.id, { cookie, body: null }))).toMatchObject({ status: 413 });
    const unknownStory = await answerCommentPost(request("no-such-story", { cookie, body: JSON.stringify({ clientToken: clientToken(), body: "Hello there." }) }));
    expect(unknownStory.status).toBe(404);
    expect(await commentsOn(article.id)).toBe(0);
    expect(MAX_COMMENT_POST_BYTES).toBeGreaterThan(10_000);
  });
});
