// View counting and the trending rails, against the real database: readers' views are added up
// in memory per article and hour and written in one statement per flush; bots, repeats and
// unpublished stories are left out; trending orders stories by views decayed with age.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { trendingArticlesAt } from "@/lib/trending/trending-articles-at";
import { trendingVideosAt } from "@/lib/trending/list-trending";
import { ViewCounter } from "@/lib/views/view-counter";
import type { TViewCount } from "@/lib/views/view-buffer";
import { writeArticleViews } from "@/lib/views/write-article-views";
import { createArticle } from "../factories";

const HOUR = 60 * 60 * 1000;
const CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const reader = { userAgent: CHROME, purpose: null, fetchSite: "same-origin" };

// Each run counts in its own far-future hours, so reruns on one database and other test files
// (whose views, if any, are in the present) cannot disturb the sums and orders checked here.
function freshHour(): number {
  const day = Math.floor(Math.random() * 3000);
  return Date.UTC(2031, 0, 1) + day * 24 * HOUR + 12 * HOUR;
}

async function storedViews(articleId: string): Promise<{ hour: number; views: number }[]> {
  const rows = await db.articleViewHour.findMany({ where: { articleId }, orderBy: { hour: "asc" } });
  return rows.map((row) => ({ hour: row.hour.getTime(), views: row.views }));
}

/** A counter whose clock the test sets, counting its database writes. */
function testCounter(options: { flushIntervalMs?: number; write?: (counts: readonly TViewCount[]) => Promise<unknown> } = {}) {
  const clock = { now: freshHour() + 10 * 60 * 1000 };
  const writes: number[] = [];
  const counter = new ViewCounter({
    flushIntervalMs: options.flushIntervalMs ?? 60_000,
    now: () => clock.now,
    write: async (counts) => {
      writes.push(counts.length);
      return (options.write ?? writeArticleViews)(counts);
    },
  });
  return { counter, clock, writes };
}

let addressCounter = 0;
function newAddress(): string {
  addressCounter += 1;
  return `10.${(addressCounter >> 16) & 255}.${(addressCounter >> 8) & 255}.${addressCounter & 255}`;
}

describe("view counting", () => {
  it("adds views up per article and hour and writes a burst with one statement", async () => {
    const first = await createArticle();
    const second = await createArticle();
    const { counter, clock, writes } = testCounter();
    const hour = Math.floor(clock.now / HOUR) * HOUR;

    for (let i = 0; i < 40; i++) expect(counter.record({ articleId: first.id, address: newAddress(), headers: reader })).toBe("counted");
    for (let i = 0; i < 7; i++) counter.record({ articleId: second.id, address: newAddress(), headers: reader });
    clock.now += HOUR;
    for (let i = 0; i < 3; i++) counter.record({ articleId: first.id, address: newAddress(), headers: reader });

    expect(await storedViews(first.id)).toEqual([]);
    await counter.flush();
    expect(writes).toEqual([3]);
    expect(await storedViews(first.id)).toEqual([
      { hour, views: 40 },
      { hour: hour + HOUR, views: 3 },
    ]);
    expect(await storedViews(second.id)).toEqual([{ hour, views: 7 }]);

    // The next batch adds to the stored rows rather than replacing them.
    for (let i = 0; i < 5; i++) counter.record({ articleId: first.id, address: newAddress(), headers: reader });
    await counter.flush();
    expect(writes).toEqual([3, 1]);
    expect(await storedViews(first.id)).toEqual([
      { hour, views: 40 },
      { hour: hour + HOUR, views: 8 },
    ]);
    // Nothing buffered: a flush writes nothing.
    await counter.flush();
    expect(writes).toEqual([3, 1]);
  });

  it("does not count bots, prefetches, or one reader's repeat views", async () => {
    const article = await createArticle();
    const { counter } = testCounter();
    const address = newAddress();
    const outcomes = [
      counter.record({ articleId: article.id, address, headers: reader }),
      counter.record({ articleId: article.id, address, headers: reader }),
      counter.record({ articleId: article.id, address: newAddress(), headers: { ...reader, userAgent: "Googlebot/2.1" } }),
      counter.record({ articleId: article.id, address: newAddress(), headers: { ...reader, userAgent: null } }),
      counter.record({ articleId: article.id, address: newAddress(), headers: { ...reader, purpose: "prefetch" } }),
    ];
    expect(outcomes).toEqual(["counted", "rate-limited", "bot", "no-user-agent", "prefetch"]);
    await counter.flush();
    expect((await storedViews(article.id)).map((row) => row.views)).toEqual([1]);
  });

  it("writes on its own after the flush interval", async () => {
    const article = await createArticle();
    const { counter, writes } = testCounter({ flushIntervalMs: 50 });
    counter.record({ articleId: article.id, address: newAddress(), headers: reader });
    counter.record({ articleId: article.id, address: newAddress(), headers: reader });
    await counter.whenFlushed();
    expect(writes).toEqual([1]);
    expect((await storedViews(article.id)).map((row) => row.views)).toEqual([2]);
  });

  it("keeps the views of a failed write for the next attempt", async () => {
    const article = await createArticle();
    let failures = 1;
    const { counter, writes } = testCounter({
      write: async (counts) => {
        if (failures-- > 0) throw new Error("database is restarting");
        return writeArticleViews(counts);
      },
    });
    counter.record({ articleId: article.id, address: newAddress(), headers: reader });
    await counter.flush();
    expect(await storedViews(article.id)).toEqual([]);
    counter.record({ articleId: article.id, address: newAddress(), headers: reader });
    await counter.flush();
    expect(writes).toEqual([1, 1]);
    expect((await storedViews(article.id)).map((row) => row.views)).toEqual([2]);
  });

  it("drops views of drafts and of ids that are no article, and still writes the rest", async () => {
    const published = await createArticle();
    const draft = await createArticle({ status: "DRAFT" });
    const hour = new Date(freshHour());
    const written = await writeArticleViews([
      { articleId: published.id, hour, views: 4 },
      { articleId: draft.id, hour, views: 9 },
      { articleId: "cnoarticle0000000000000000", hour, views: 9 },
    ]);
    expect(written).toBe(1);
    expect(await storedViews(published.id)).toEqual([{ hour: hour.getTime(), views: 4 }]);
    expect(await storedViews(draft.id)).toEqual([]);
  });
});

describe("trending", () => {
  async function viewsAt(articleId: string, hour: number, views: number) {
    await writeArticleViews([{ articleId, hour: new Date(hour), views }]);
  }

  it("orders stories by views in the last day, newer views weighing more", async () => {
    const base = freshHour();
    const now = new Date(base + 30 * 60 * 1000);
    const published = new Date(Date.now() - 48 * HOUR);
    const [heavyButOld, steady, fresh, outsideWindow, quiet] = await Promise.all(
      Array.from({ length: 5 }, () => createArticle({ publishedAt: published })),
    );
    // 100 views 20 hours ago weigh 100 * 0.5^(20.5/6) ≈ 9; 30 views an hour ago ≈ 25;
    // 20 views this hour ≈ 19; 1000 views 25 hours ago are outside the window.
    await viewsAt(heavyButOld!.id, base - 20 * HOUR, 100);
    await viewsAt(steady!.id, base - HOUR, 30);
    await viewsAt(fresh!.id, base, 20);
    await viewsAt(outsideWindow!.id, base - 25 * HOUR, 1000);
    await viewsAt(quiet!.id, base - 2 * HOUR, 2);

    const mine = new Set([heavyButOld, steady, fresh, outsideWindow, quiet].map((article) => article!.id));
    const order = (await trendingArticlesAt(now, { limit: 50 })).map((article) => article.id).filter((id) => mine.has(id));
    expect(order).toEqual([steady!.id, fresh!.id, heavyButOld!.id, quiet!.id]);

    // More views for the quiet story move it to the top.
    await viewsAt(quiet!.id, base, 200);
    const after = (await trendingArticlesAt(now, { limit: 50 })).map((article) => article.id).filter((id) => mine.has(id));
    expect(after[0]).toBe(quiet!.id);
  });

  it("leaves out stories that are not published and views from the future", async () => {
    const base = freshHour();
    const now = new Date(base + 30 * 60 * 1000);
    const live = await createArticle({ publishedAt: new Date(Date.now() - HOUR) });
    const unpublishedLater = await createArticle({ publishedAt: new Date(Date.now() - HOUR) });
    const moderate = await createArticle({ publishedAt: new Date(Date.now() - HOUR) });
    await viewsAt(moderate.id, base, 20);
    await viewsAt(live.id, base, 5);
    await viewsAt(unpublishedLater.id, base, 50);
    await viewsAt(live.id, base + 2 * HOUR, 500);
    await db.article.update({ where: { id: unpublishedLater.id }, data: { status: "DRAFT" } });

    const ids = (await trendingArticlesAt(now, { limit: 50 })).map((article) => article.id);
    expect(ids).toContain(live.id);
    expect(ids).not.toContain(unpublishedLater.id);
    // The 500 views "two hours from now" do not count: 5 views rank below 20.
    expect(ids.indexOf(moderate.id)).toBeLessThan(ids.indexOf(live.id));
  });

  it("the video rail ranks read videos first, then fills up with the newest videos", async () => {
    const base = freshHour();
    const now = new Date(base + 30 * 60 * 1000);
    const video = "https://www.youtube.com/watch?v=dQw4w9WgXcQ";
    const readVideo = await createArticle({ videoUrl: video, publishedAt: new Date(Date.now() - 72 * HOUR) });
    const readText = await createArticle({ publishedAt: new Date(Date.now() - 72 * HOUR) });
    const newestVideo = await createArticle({ videoUrl: video, publishedAt: new Date(Date.now() - 1000) });
    await viewsAt(readVideo.id, base, 40);
    await viewsAt(readText.id, base, 400);

    const rail = await trendingVideosAt(now, 50);
    const ids = rail.map((article) => article.id);
    expect(ids).not.toContain(readText.id);
    expect(ids.indexOf(readVideo.id)).toBeGreaterThanOrEqual(0);
    expect(ids).toContain(newestVideo.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Read videos come before the filler, whatever their age.
    expect(ids.indexOf(readVideo.id)).toBeLessThan(ids.indexOf(newestVideo.id));
  });
});
