// The comment path as members use it: the comment form's JSON post to the comment endpoint,
// exactly as components/comments/send-comment.ts sends it, signed in with minted sessions. Measures one post with the server idle, stored comments per second with 8 members
// posting at once, that nothing is lost or doubled, and how soon a signed-out reader behind the
// edge cache sees a new comment.
import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { encode } from "next-auth/jwt";

export type TPoster = { id: string; tokenVersion: number; address: string };
export type TCommentFigures = {
  idleMedianMs: number;
  storedPerSecond: number;
  acknowledged: number;
  stored: number;
  failed: number;
  lost: number;
  doubled: number;
  visibleBehindEdgeMs: number;
};

/** A signed-in member's cookie: a Session row and the JWT naming it (lib/auth/start-session.ts). */
async function sessionCookie(poster: TPoster): Promise<string> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET must be set for the comment bench.");
  const { db } = await import("@/lib/db/client");
  const sid = randomBytes(24).toString("base64url");
  await db.session.create({ data: { sessionToken: sid, userId: poster.id, expires: new Date(Date.now() + 3_600_000) } });
  const token = await encode({ token: { sub: poster.id, tv: poster.tokenVersion, sid }, secret, maxAge: 3600 });
  return `next-auth.session-token=${token}`;
}

/** A poster with a fresh signed-in session's cookie. */
export async function signedInPoster(poster: TPoster): Promise<TPoster & { cookie: string }> {
  return { ...poster, cookie: await sessionCookie(poster) };
}

export type TPostTarget = { base: string; articleId: string; slug: string };

/** One post as the form's script makes it; true when the answer says the comment was stored. */
export async function postCommentOnce(target: TPostTarget, poster: TPoster & { cookie: string }, body: string): Promise<boolean> {
  const response = await fetch(`${target.base}/api/articles/${target.articleId}/comments`, {
    method: "POST",
    body: JSON.stringify({ parentId: "", clientToken: randomBytes(16).toString("hex"), body, website: "" }),
    headers: {
      "content-type": "application/json",
      accept: "application/json",
      origin: target.base,
      cookie: poster.cookie,
      "x-forwarded-for": poster.address,
    },
  });
  const answer = (await response.json().catch(() => null)) as { ok?: unknown } | null;
  return response.ok && answer?.ok === true;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

export async function measureCommentPath(options: {
  target: TPostTarget;
  edgeUrl: string;
  posters: TPoster[];
  durationSeconds: number;
  concurrency?: number;
}): Promise<TCommentFigures> {
  const { target } = options;
  // Imported here: the client reads DATABASE_URL, which bench/run.ts sets first.
  const { db } = await import("@/lib/db/client");
  // The hard limits count per member and address over ten minutes: runs that follow one another
  // would otherwise measure refusals. The moderation rules (flood, links, first comments) stay on.
  await db.$executeRaw`DELETE FROM "RateLimit" WHERE "key" LIKE 'comment:%'`;
  const posters = await Promise.all(options.posters.map(signedInPoster));
  const run = randomBytes(4).toString("hex");
  let next = 0;
  const nextPoster = () => posters[next++ % posters.length]!;

  // Idle: one post at a time, median of 20 (after 3 to warm up).
  for (let i = 0; i < 3; i++) await postCommentOnce(target, nextPoster(), `Warm-up ${run} ${i}`);
  const idle: number[] = [];
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    if (!(await postCommentOnce(target, nextPoster(), `Idle ${run} ${i}`))) throw new Error("An idle comment post failed.");
    idle.push(performance.now() - started);
  }

  // A new comment seen by a signed-out reader through the edge cache: the thread's first page
  // shows the oldest comments, so the sign is the count in its heading ("N comments").
  const countAfter = async () => (await db.article.findUniqueOrThrow({ where: { id: target.articleId }, select: { commentCount: true } })).commentCount;
  if (!(await postCommentOnce(target, nextPoster(), `Visible ${run}`))) throw new Error("The visibility post failed.");
  const posted = performance.now();
  const heading = `>${(await countAfter()).toLocaleString("en-US")} comments<`;
  for (;;) {
    const html = await fetch(`${options.edgeUrl}/articles/${target.slug}`).then((r) => r.text());
    if (html.includes(heading)) break;
    if (performance.now() - posted > 10_000) break;
    await sleep(20);
  }
  const visibleBehindEdgeMs = performance.now() - posted;

  // Load: `concurrency` members posting back to back for the duration.
  const marker = `Load ${run}`;
  let acknowledged = 0;
  let failed = 0;
  const deadline = performance.now() + options.durationSeconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency ?? 8 }, async () => {
      while (performance.now() < deadline) {
        const ok = await postCommentOnce(target, nextPoster(), `${marker} ${next}`).catch(() => false);
        if (ok) acknowledged++;
        else failed++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const stored = await db.comment.count({ where: { articleId: target.articleId, body: { startsWith: marker } } });
  return {
    idleMedianMs: median(idle),
    storedPerSecond: stored / seconds,
    acknowledged,
    stored,
    failed,
    lost: Math.max(0, acknowledged - stored),
    doubled: Math.max(0, stored - acknowledged),
    visibleBehindEdgeMs,
  };
}
