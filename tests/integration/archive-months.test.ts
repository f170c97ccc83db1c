// The monthly archive: months with their story counts, newest first (a month's stories are
// paged by lib/articles/list-article-page.ts: list-article-page.test.ts).
import { describe, expect, it } from "vitest";
import { parseArchiveMonth } from "@/lib/archive/archive-month";
import { listArchiveMonths } from "@/lib/archive/list-archive-months";
import { createArticle } from "../factories";

const HOUR = 60 * 60 * 1000;

describe("the monthly archive", () => {
  it("counts a month's stories, and lists the months newest first", async () => {
    // A month far in the past that no other test publishes in.
    const year = 1901 + Math.floor(Math.random() * 90);
    const start = Date.UTC(year, 5, 1);
    const end = Date.UTC(year, 6, 1);
    for (let i = 0; i < 22; i++) await createArticle({ publishedAt: new Date(start + i * 20 * HOUR) });
    await createArticle({ publishedAt: new Date(end - 1) });
    await createArticle({ publishedAt: new Date(start - 1) });
    await createArticle({ publishedAt: new Date(end) });
    await createArticle({ publishedAt: new Date(start + HOUR), status: "DRAFT" });

    const months = await listArchiveMonths();
    const june = months.find((entry) => entry.year === year && entry.month === 6);
    expect(june?.count).toBe(23);
    expect(june?.latestAt).toBe(new Date(end - 1).toISOString());
    const keys = months.map((entry) => entry.year * 12 + entry.month);
    expect([...keys].sort((a, b) => b - a)).toEqual(keys);
  });

  it("accepts only real months in the address", () => {
    expect(parseArchiveMonth("2026", "11")).toEqual({ year: 2026, month: 11 });
    expect(parseArchiveMonth("2026", "13")).toBeNull();
    expect(parseArchiveMonth("2026", "1")).toBeNull();
    expect(parseArchiveMonth("26", "01")).toBeNull();
    expect(parseArchiveMonth("2026", "00")).toBeNull();
  });
});
