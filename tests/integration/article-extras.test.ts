// The front page's lead and sections, and the article page's extras: related stories (sharing tags, most shared then newest, never the
// story itself or an unpublished one) and the previous and next stories in publication order.
import { describe, expect, it } from "vitest";
import { adjacentArticlesAt } from "@/lib/articles/get-adjacent-articles";
import { leadArticleAt } from "@/lib/articles/get-lead-article";
import { chooseFrontPageSections, frontPageSectionCandidatesAt } from "@/lib/articles/list-front-page-sections";
import { relatedArticlesAt } from "@/lib/articles/list-related-articles";
import { createArticle, createTag } from "../factories";

const HOUR = 60 * 60 * 1000;

describe("relatedArticlesAt", () => {
  it("lists published stories sharing tags, most shared first, then newest, without the story itself", async () => {
    const [politics, economy, unrelated] = await Promise.all([createTag(), createTag(), createTag()]);
    const ago = (hours: number) => new Date(Date.now() - hours * HOUR);
    const story = await createArticle({ tagIds: [politics.id, economy.id], publishedAt: ago(1) });
    const sharesBothOld = await createArticle({ tagIds: [politics.id, economy.id], publishedAt: ago(50) });
    const sharesOneNew = await createArticle({ tagIds: [politics.id], publishedAt: ago(2) });
    const sharesOneOlder = await createArticle({ tagIds: [economy.id, unrelated.id], publishedAt: ago(5) });
    await createArticle({ tagIds: [unrelated.id], publishedAt: ago(3) });
    await createArticle({ tagIds: [politics.id], status: "DRAFT" });
    await createArticle({ tagIds: [politics.id], status: "SCHEDULED" });

    const related = await relatedArticlesAt(story.id, new Date());
    expect(related.map((article) => article.id)).toEqual([sharesBothOld.id, sharesOneNew.id, sharesOneOlder.id]);
    expect(related[0]).toMatchObject({ slug: sharesBothOld.slug, title: sharesBothOld.title });

    expect(await relatedArticlesAt(story.id, new Date(), 2)).toHaveLength(2);
    const untagged = await createArticle();
    expect(await relatedArticlesAt(untagged.id, new Date())).toEqual([]);
  });
});

describe("adjacentArticlesAt", () => {
  it("finds the stories published just before and just after, and none past the ends", async () => {
    // A quiet stretch of the past that no other test publishes into.
    const base = Date.UTC(1995, 0, 1) + Math.floor(Math.random() * 1e8) * 1000;
    const first = await createArticle({ publishedAt: new Date(base) });
    const middle = await createArticle({ publishedAt: new Date(base + 1000) });
    const last = await createArticle({ publishedAt: new Date(base + 2000) });
    await createArticle({ status: "DRAFT", publishedAt: new Date(base + 1500) });

    const around = await adjacentArticlesAt({ id: middle.id, publishedAt: middle.publishedAt!.toISOString() }, new Date());
    expect(around.previous?.id).toBe(first.id);
    expect(around.next?.id).toBe(last.id);
    expect(around.next).toMatchObject({ slug: last.slug, title: last.title });
  });

  it("breaks ties in publication time by id, as the home page does", async () => {
    const at = new Date(Date.UTC(1990, 0, 1) + Math.floor(Math.random() * 1e8) * 1000);
    const pair = await Promise.all([createArticle({ publishedAt: at }), createArticle({ publishedAt: at })]);
    const [lower, higher] = pair.sort((a, b) => (a.id < b.id ? -1 : 1));
    const fromLower = await adjacentArticlesAt({ id: lower!.id, publishedAt: at.toISOString() }, new Date());
    const fromHigher = await adjacentArticlesAt({ id: higher!.id, publishedAt: at.toISOString() }, new Date());
    expect(fromLower.next?.id).toBe(higher!.id);
    expect(fromHigher.previous?.id).toBe(lower!.id);
  });

  it("does not offer a next story that is not published yet", async () => {
    const now = new Date();
    const latest = await createArticle({ publishedAt: new Date(now.getTime() + 365 * 24 * HOUR) });
    const around = await adjacentArticlesAt({ id: latest.id, publishedAt: latest.publishedAt!.toISOString() }, now);
    expect(around.next).toBeNull();
  });
});

describe("front page reads", () => {
  it("lead with a picture among the newest; sections for the busiest tags, skipping stories already shown", async () => {
    // Published "in 2040", so these are the newest stories whatever other tests write.
    const base = Date.UTC(2040, 0, 1) + Math.floor(Math.random() * 1e6) * 60_000;
    const at = (minutes: number) => new Date(base + minutes * 60_000);
    const now = at(1000);
    const [busiest, busy] = await Promise.all([createTag(), createTag()]);
    // Enough stories that these two tags lead the recent window whatever else the database holds
    // (other files' articles, the demo content): 40 and 30 of its 200.
    const busiestStories = await Promise.all(Array.from({ length: 40 }, (_, i) => createArticle({ tagIds: [busiest.id], publishedAt: at(i) })));
    const busyStories = await Promise.all(Array.from({ length: 30 }, (_, i) => createArticle({ tagIds: [busy.id], publishedAt: at(50 + i) })));
    // The newest story carries both tags: it may appear in one section only.
    const both = await createArticle({ tagIds: [busiest.id, busy.id], publishedAt: at(90) });
    const pictured = await createArticle({ publishedAt: at(88), featuredImageUrl: "https://images.example.org/harbour.jpg", featuredImageAlt: "The harbour" });

    const lead = await leadArticleAt(now);
    expect(lead).toMatchObject({ id: pictured.id, featuredImageUrl: "https://images.example.org/harbour.jpg", featuredImageAlt: "The harbour" });

    const candidates = await frontPageSectionCandidatesAt(now);
    expect(candidates.slice(0, 2).map((section) => section.slug)).toEqual([busiest.slug, busy.slug]);
    expect(candidates[0]!.articleIds.slice(0, 3)).toEqual([both.id, busiestStories.at(-1)!.id, busiestStories.at(-2)!.id]);

    const sections = chooseFrontPageSections(candidates, [busiestStories.at(-1)!.id]);
    const busiestSection = sections.find((section) => section.tag.slug === busiest.slug)!;
    const busySection = sections.find((section) => section.tag.slug === busy.slug)!;
    expect(busiestSection.ids).toEqual([both.id, busiestStories.at(-2)!.id, busiestStories.at(-3)!.id]);
    expect(busySection.ids).toEqual([busyStories.at(-1)!.id, busyStories.at(-2)!.id, busyStories.at(-3)!.id]);
  });
});
