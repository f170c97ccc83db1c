// Search: PostgreSQL full-text search finds published stories by any word of their body, ranks
// a headline match above body mentions, filters by topic, author and date, pages, and returns
// highlights as text segments (never markup), whatever the stored text contains.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { searchArticles, type TSearchResult } from "@/lib/search/search-articles";
import { parseSearchRequest, SEARCH_MAX_PAGES, type TSearchRequest } from "@/lib/search/search-request";
import { createArticle, createTag, createUser, doc, paragraph, uniqueSuffix } from "../factories";

const DAY = 24 * 60 * 60 * 1000;

/** A word no other test (or demo story) contains; PostgreSQL keeps letters-and-digits words whole. */
function uniqueWord(): string {
  return `zorbl${uniqueSuffix()}`;
}

function request(query: string, overrides: Partial<TSearchRequest> = {}): TSearchRequest {
  return { query, tag: null, author: null, from: null, to: null, page: 1, ...overrides };
}

function text(segments: TSearchResult["snippet"]): string {
  return segments.map((segment) => segment.text).join("");
}

describe("searchArticles", () => {
  it("finds a published story by a word that appears only in its body, and marks the word", async () => {
    const word = uniqueWord();
    const article = await createArticle({
      title: `Council meets on Tuesday ${uniqueSuffix()}`,
      dek: "The agenda is long.",
      body: doc(paragraph("Nothing to see in the first paragraph."), paragraph(`The ${word} question came up late in the evening.`)),
    });

    const found = await searchArticles(request(word));
    expect(found.results.map((result) => result.id)).toEqual([article.id]);
    expect(found.total).toBe(1);
    const snippet = found.results[0]!.snippet;
    expect(snippet.filter((segment) => segment.isMatch).map((segment) => segment.text)).toEqual([word]);
    expect(text(snippet)).toContain(`The ${word} question came up`);
  });

  it("ranks a story with the word in its headline above one that only mentions it in the body", async () => {
    const word = uniqueWord();
    const bodyOnly = await createArticle({
      title: `Budget talks resume ${uniqueSuffix()}`,
      // Mentioned often enough that cover density alone would put this story first.
      body: doc(...Array.from({ length: 6 }, () => paragraph(`${word} again, ${word} once more: ${word}, ${word}.`))),
      publishedAt: new Date(Date.now() - DAY),
    });
    const inHeadline = await createArticle({
      title: `Why ${word} matters`,
      body: doc(paragraph("A short piece about something else entirely.")),
      publishedAt: new Date(Date.now() - 5 * DAY),
    });

    const found = await searchArticles(request(word));
    expect(found.results.map((result) => result.id)).toEqual([inHeadline.id, bodyOnly.id]);
    expect(found.results[0]!.titleHighlights).toEqual([
      { text: "Why ", isMatch: false },
      { text: word, isMatch: true },
      { text: " matters", isMatch: false },
    ]);
  });

  it("leaves out drafts, scheduled, archived and future stories", async () => {
    const word = uniqueWord();
    const body = doc(paragraph(`About ${word}.`));
    const published = await createArticle({ body });
    await createArticle({ body, status: "DRAFT" });
    await createArticle({ body, status: "SCHEDULED" });
    await createArticle({ body, status: "ARCHIVED" });
    await createArticle({ body, publishedAt: new Date(Date.now() + DAY) });

    const found = await searchArticles(request(word));
    expect(found.results.map((result) => result.id)).toEqual([published.id]);
  });

  it("filters by topic, author and publication date", async () => {
    const word = uniqueWord();
    const body = doc(paragraph(`The ${word} report.`));
    const tag = await createTag();
    const author = await createUser({ role: "AUTHOR", password: null });
    const tagged = await createArticle({ body, tagIds: [tag.id], publishedAt: new Date("2025-03-10T12:00:00Z") });
    const byAuthor = await createArticle({ body, authorIds: [author.id], publishedAt: new Date("2025-04-02T08:00:00Z") });
    const other = await createArticle({ body, publishedAt: new Date("2025-05-31T23:30:00Z") });

    const ids = async (overrides: Partial<TSearchRequest>) =>
      (await searchArticles(request(word, overrides))).results.map((result) => result.id).sort();

    expect(await ids({ tag: tag.slug })).toEqual([tagged.id]);
    expect(await ids({ author: author.handle! })).toEqual([byAuthor.id]);
    expect(await ids({ from: "2025-04-01" })).toEqual([byAuthor.id, other.id].sort());
    // The last day is included whole.
    expect(await ids({ from: "2025-05-01", to: "2025-05-31" })).toEqual([other.id]);
    expect(await ids({ to: "2025-03-31" })).toEqual([tagged.id]);
    expect(await ids({ tag: tag.slug, author: author.handle! })).toEqual([]);
    expect(await ids({ tag: "no-such-topic" })).toEqual([]);
  });

  it("returns stored markup in snippets as plain text, and stored markers cannot forge a highlight", async () => {
    const word = uniqueWord();
    await createArticle({
      title: `<b>${word}</b> & friends`,
      dek: "\uE000forged\uE001 <i>dek</i>",
      body: doc(paragraph(`<script>alert("${word}")</script> and x < y but <img src=x onerror=alert(1)>`)),
    });

    const [result] = (await searchArticles(request(word))).results;
    expect(result).toBeDefined();
    expect(text(result!.titleHighlights)).toBe(`<b>${word}</b> & friends`);
    const snippet = text(result!.snippet);
    expect(snippet).toContain(`<script>alert("${word}")</script>`);
    expect(snippet).toContain("x < y");
    expect(snippet).toContain("<i>dek</i>");
    expect(snippet).not.toMatch(/[\uE000-\uE002]/);
    expect(result!.snippet.filter((segment) => segment.isMatch).map((segment) => segment.text)).toEqual([word]);
  });

  it("marks a snippet cut from the middle of a long story with ellipses", async () => {
    const word = uniqueWord();
    const filler = (label: string) => paragraph(Array.from({ length: 60 }, (_, i) => `${label}${i}`).join(" "));
    await createArticle({ body: doc(filler("before"), paragraph(`Here the ${word} appears.`), filler("after")) });

    const [result] = (await searchArticles(request(word))).results;
    const snippet = text(result!.snippet);
    expect(snippet.startsWith("… ")).toBe(true);
    expect(snippet.endsWith(" …")).toBe(true);
    expect(snippet).toContain(`Here the ${word} appears.`);
  });

  it("shows only the dek of a VIP-only story in its snippet", async () => {
    const word = uniqueWord();
    const article = await createArticle({
      dek: "For members.",
      body: doc(paragraph(`The secret ${word} figures are here.`)),
    });
    await db.article.update({ where: { id: article.id }, data: { isVipOnly: true } });

    const [result] = (await searchArticles(request(word))).results;
    expect(result?.id).toBe(article.id);
    expect(result?.isVipOnly).toBe(true);
    expect(text(result!.snippet)).toBe("For members.");
  });

  it("pages ten results at a time, each story once", async () => {
    const word = uniqueWord();
    for (let i = 0; i < 12; i++) {
      await createArticle({ body: doc(paragraph(`Item ${i} on ${word}.`)), publishedAt: new Date(Date.now() - i * DAY) });
    }
    const first = await searchArticles(request(word));
    const second = await searchArticles(request(word, { page: 2 }));
    expect(first.results).toHaveLength(10);
    expect(first.hasNextPage).toBe(true);
    expect(first.total).toBe(12);
    expect(second.results).toHaveLength(2);
    expect(second.hasNextPage).toBe(false);
    const all = [...first.results, ...second.results].map((result) => result.id);
    expect(new Set(all).size).toBe(12);
  });

  it("finds nothing for words that are all stop words, without an error", async () => {
    const found = await searchArticles(request("the and of"));
    expect(found.results).toEqual([]);
    expect(found.total).toBe(0);
  });

  it("understands quoted phrases and excluded words", async () => {
    const word = uniqueWord();
    const phrase = await createArticle({ body: doc(paragraph(`The harbour ${word} plan passed.`)) });
    const other = await createArticle({ body: doc(paragraph(`A ${word} plan for the harbour, maybe.`)) });

    const exact = await searchArticles(request(`"harbour ${word}"`));
    expect(exact.results.map((result) => result.id)).toEqual([phrase.id]);
    const excluding = await searchArticles(request(`${word} -maybe`));
    expect(excluding.results.map((result) => result.id)).toEqual([phrase.id]);
    expect(other.id).not.toBe(phrase.id);
  });
});

describe("parseSearchRequest", () => {
  it("normalises the words and reads months and dates as whole days", () => {
    const { request: parsed, errors } = parseSearchRequest({ q: "  harbour   budget ", from: "2026-02", to: "2026-02" });
    expect(errors).toEqual({});
    expect(parsed).toEqual({ query: "harbour budget", tag: null, author: null, from: "2026-02-01", to: "2026-02-28", page: 1 });
  });

  it("names each bad field", () => {
    const { errors } = parseSearchRequest({
      q: "x".repeat(201),
      from: "2026-02-30",
      to: "yesterday",
      tag: "<script>",
      page: String(SEARCH_MAX_PAGES + 1),
    });
    expect(errors.q).toMatch(/at most 200 characters/);
    expect(errors.from).toMatch(/From date/);
    expect(errors.to).toMatch(/To date/);
    expect(errors.tag).toMatch(/topic/);
    expect(errors.page).toMatch(/first 20 pages/);
  });

  it("refuses a From date after the To date, and ignores a repeated or mangled page", () => {
    expect(parseSearchRequest({ q: "x", from: "2026-03-01", to: "2026-02-01" }).errors.to).toMatch(/on or after/);
    expect(parseSearchRequest({ q: "x", page: ["2", "3"] }).request.page).toBe(1);
    expect(parseSearchRequest({ q: "x", page: "-4" }).request.page).toBe(1);
  });
});
