// Views counted by several instances add up (issue 13): each process buffers its own counts
// and adds them with `views = views + n`, so concurrent flushes from three "instances" (three
// counters, written at the same moment) never overwrite one another.
import { expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ViewCounter } from "@/lib/views/view-counter";
import { writeArticleViews } from "@/lib/views/write-article-views";
import { createArticle } from "../factories";

const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const reader = { userAgent: CHROME, purpose: null, fetchSite: "same-origin" };

it("adds up the views of three instances flushing at the same time", async () => {
  const article = await createArticle();
  // A far-future hour of its own, so other tests' views cannot land in the same row.
  const now = Date.UTC(2033, 5, 1, 12, 30) + Math.floor(Math.random() * 1000) * 24 * 60 * 60 * 1000;
  const instances = [0, 1, 2].map(() => new ViewCounter({ flushIntervalMs: 60_000, now: () => now, write: writeArticleViews }));
  instances.forEach((counter, instance) => {
    for (let i = 0; i < 50; i++) {
      expect(counter.record({ articleId: article.id, address: `10.9.${instance}.${i}`, headers: reader })).toBe("counted");
    }
  });
  await Promise.all(instances.map((counter) => counter.flush()));
  const rows = await db.articleViewHour.findMany({ where: { articleId: article.id } });
  expect(rows.map((row) => row.views)).toEqual([150]);
});
