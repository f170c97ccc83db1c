import type { MetadataRoute } from "next";
import { archiveMonthPath } from "@/lib/archive/archive-month";
import { listArchiveMonths } from "@/lib/archive/list-archive-months";
import { serverEnv } from "@/lib/env";
import { listSitemapArticles, listSitemapLists, SITEMAP_MAX_URLS } from "@/lib/seo/list-sitemap-entries";

// Built per request from cached reads: `next build` must not need a database (docs/decisions/0003).
export const dynamic = "force-dynamic";

/** /sitemap.xml: the front page, the archive, topics, authors, months and the newest stories. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const url = (path: string) => new URL(path, serverEnv().SITE_URL).toString();
  const [lists, months] = await Promise.all([listSitemapLists(), listArchiveMonths()]);
  const newest = months[0]?.latestAt;
  const pages: MetadataRoute.Sitemap = [
    { url: url("/"), ...(newest ? { lastModified: newest } : {}), changeFrequency: "hourly" },
    { url: url("/archive"), ...(newest ? { lastModified: newest } : {}), changeFrequency: "daily" },
    ...lists.map((list) => ({
      url: url(list.kind === "tag" ? `/tags/${encodeURIComponent(list.key)}` : `/authors/${encodeURIComponent(list.key)}`),
      lastModified: list.lastModified,
    })),
    ...months.map((month) => ({ url: url(archiveMonthPath(month)), lastModified: month.latestAt })),
  ];
  // Stories fill the rest: the newest are the ones search engines most need to hear about.
  const articles = await listSitemapArticles(Math.max(0, SITEMAP_MAX_URLS - pages.length));
  return [
    ...pages,
    ...articles.map((article) => ({ url: url(`/articles/${encodeURIComponent(article.slug)}`), lastModified: article.lastModified })),
  ];
}
