// JSON-LD: a NewsArticle with absolute URLs, and serialisation that no stored text can break
// out of (a "</script>" in a headline stays inside the script element).
import { describe, expect, it } from "vitest";
import { newsArticleJsonLd, serializeJsonLd } from "@/lib/seo/json-ld";

const site = { name: "Masthead", url: "https://news.example.com" };
const article = {
  slug: "council-votes",
  title: "Council votes </script><script>alert(1)</script>",
  dek: "A dek\u2028with a line separator",
  publishedAt: "2026-11-25T10:00:00.000Z",
  updatedAt: "2026-11-25T11:00:00.000Z",
  authors: [{ name: "Dana Quill", handle: "dana" }, { name: "Guest", handle: null }],
  tags: [{ name: "Politics" }],
  isVipOnly: true,
  featuredImageUrl: "/media/lead.jpg",
};

describe("newsArticleJsonLd", () => {
  it("describes the story with absolute URLs, authors, dates and access", () => {
    const data = newsArticleJsonLd(article, site);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "NewsArticle",
      url: "https://news.example.com/articles/council-votes",
      datePublished: article.publishedAt,
      dateModified: article.updatedAt,
      image: ["https://news.example.com/media/lead.jpg", "https://news.example.com/articles/council-votes/share-image.png"],
      author: [
        { "@type": "Person", name: "Dana Quill", url: "https://news.example.com/authors/dana" },
        { "@type": "Person", name: "Guest" },
      ],
      publisher: { "@type": "Organization", name: "Masthead" },
      keywords: ["Politics"],
      isAccessibleForFree: false,
    });
  });

  it("serialises without any '<' or line separator, and parses back to the same data", () => {
    const data = newsArticleJsonLd(article, site);
    const json = serializeJsonLd(data);
    expect(json).not.toContain("<");
    expect(json).not.toContain("\u2028");
    expect(JSON.parse(json)).toEqual(data);
  });
});
