import "server-only";
import { readerDb as db } from "@/lib/db/reader-client"; // the replica, if any
import { bylineSelect, toBylineAuthors } from "@/lib/articles/article-summary";
import { cachedRead } from "@/lib/articles/cached-read";
import { cacheTags } from "@/lib/articles/cache-tags";
import { parseArticleBody } from "@/lib/articles/parse-article-body";
import { getAuthorByHandle } from "@/lib/authors/get-author-by-handle";
import { openingOfDocument } from "@/lib/content/document-opening";
import type { Prisma } from "@/lib/generated/prisma/client";
import { serverEnv } from "@/lib/env";
import { siteLink } from "@/lib/mail/site-link";
import { getTagBySlug } from "@/lib/tags/get-tag-by-slug";
import { documentToHtml } from "./document-to-html";
import { escapeMarkup } from "./escape-markup";
import { feedPath, feedScopePath } from "./feed-paths";
import type { TFeed, TFeedItem, TFeedScope } from "./feed-types";

/** Feeds carry the latest stories only; readers keep what they have already fetched. */
export const FEED_ITEM_COUNT = 20;

const feedArticleSelect = {
  id: true,
  slug: true,
  title: true,
  dek: true,
  body: true,
  status: true,
  publishedAt: true,
  isVipOnly: true,
  authors: bylineSelect,
  tags: { orderBy: { tag: { name: "asc" } }, select: { tag: { select: { name: true } } } },
} satisfies Prisma.ArticleSelect;

type TFeedArticleRow = Prisma.ArticleGetPayload<{ select: typeof feedArticleSelect }>;

const PUBLISHED = "PUBLISHED" as const;

/** One bounded index range scan per scope, newest first, like the reader pages' first page. */
async function latestArticles(scope: TFeedScope, ids: { tagId?: string; userId?: string }, now: Date): Promise<TFeedArticleRow[]> {
  const orderBy = [{ publishedAt: "desc" as const }, { articleId: "desc" as const }];
  const where = { status: PUBLISHED, publishedAt: { lte: now } };
  if (scope.kind === "tag" && ids.tagId) {
    const links = await db.articleTag.findMany({
      where: { tagId: ids.tagId, ...where },
      orderBy,
      take: FEED_ITEM_COUNT,
      select: { article: { select: feedArticleSelect } },
    });
    return links.map((link) => link.article);
  }
  if (scope.kind === "author" && ids.userId) {
    const links = await db.articleAuthor.findMany({
      where: { userId: ids.userId, ...where },
      orderBy,
      take: FEED_ITEM_COUNT,
      select: { article: { select: feedArticleSelect } },
    });
    return links.map((link) => link.article);
  }
  return db.article.findMany({
    where,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: FEED_ITEM_COUNT,
    select: feedArticleSelect,
  });
}

function toFeedItem(row: TFeedArticleRow, siteName: string, siteUrl: string): TFeedItem | null {
  // The link tables copy status and publishedAt; a stale copy must not publish a story.
  if (row.status !== PUBLISHED || row.publishedAt === null) return null;
  const url = siteLink(`/articles/${encodeURIComponent(row.slug)}`);
  const body = parseArticleBody(row.body, { articleId: row.id });
  let contentHtml = "";
  if (body) {
    // VIP-only stories: the same opening a signed-out reader sees on the site, then the way in.
    contentHtml = documentToHtml(row.isVipOnly ? openingOfDocument(body) : body, { siteUrl });
    if (row.isVipOnly) {
      contentHtml += `\n<p><em>This story is for VIP members of ${escapeMarkup(siteName)}. <a href="${escapeMarkup(url)}">Read it on the site</a>.</em></p>`;
    }
  }
  return {
    id: `${siteLink("/")}#article-${row.id}`,
    url,
    title: row.title,
    summary: row.dek,
    contentHtml,
    publishedAt: row.publishedAt.toISOString(),
    authors: toBylineAuthors(row.authors).map((author) => ({
      name: author.name,
      url: author.handle ? siteLink(`/authors/${encodeURIComponent(author.handle)}`) : null,
    })),
    categories: row.tags.map(({ tag }) => tag.name),
  };
}

type TFeedHeading = { title: string; description: string; tags: string[]; ids: { tagId?: string; userId?: string } };

async function feedHeading(scope: TFeedScope, siteName: string): Promise<TFeedHeading | null> {
  switch (scope.kind) {
    case "site":
      return { title: siteName, description: `${siteName}: news and opinion.`, tags: [cacheTags.articles], ids: {} };
    case "tag": {
      const tag = await getTagBySlug(scope.slug);
      if (!tag) return null;
      return {
        title: `${tag.name} · ${siteName}`,
        description: tag.description || `Stories about ${tag.name}.`,
        tags: [cacheTags.articles, cacheTags.tag(tag.slug)],
        ids: { tagId: tag.id },
      };
    }
    case "author": {
      const author = await getAuthorByHandle(scope.handle);
      if (!author) return null;
      return {
        title: `${author.name} · ${siteName}`,
        description: author.bio || `Stories by ${author.name}.`,
        tags: [cacheTags.articles, cacheTags.author(author.handle)],
        ids: { userId: author.id },
      };
    }
  }
}

/**
 * The feed for the site, a topic or an author (null when the topic or author does not exist):
 * the latest FEED_ITEM_COUNT published stories. Cached like the pages it follows, and expired
 * with them when an article is published, edited or unpublished.
 */
export async function getFeed(scope: TFeedScope): Promise<TFeed | null> {
  const { SITE_NAME, SITE_URL } = serverEnv();
  const heading = await feedHeading(scope, SITE_NAME);
  if (!heading) return null;
  const scopeKey = scope.kind === "site" ? "" : scope.kind === "tag" ? scope.slug : scope.handle;
  const items = await cachedRead(["feed-items", scope.kind, scopeKey], heading.tags, async () => {
    const rows = await latestArticles(scope, heading.ids, new Date());
    return rows.flatMap((row) => toFeedItem(row, SITE_NAME, SITE_URL) ?? []);
  });
  return {
    id: siteLink(feedScopePath(scope)),
    title: heading.title,
    description: heading.description,
    homeUrl: siteLink(feedScopePath(scope)),
    urls: {
      rss: siteLink(feedPath(scope, "rss")),
      atom: siteLink(feedPath(scope, "atom")),
      json: siteLink(feedPath(scope, "json")),
    },
    updatedAt: items[0]?.publishedAt ?? new Date().toISOString(),
    language: "en",
    items,
  };
}
