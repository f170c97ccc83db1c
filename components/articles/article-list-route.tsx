import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NotFoundPage } from "@/components/site/not-found-page";
import { articleListFeed, articleListPath } from "@/lib/articles/article-list-address";
import { listPageMetadata } from "@/lib/articles/list-page-metadata";
import { afterCursor, type TSearchParams } from "@/lib/pagination/after-cursor";
import { KeysetArticleList, type TKeysetArticleListProps } from "./keyset-article-list";
import { ListPageHeader } from "./list-page-header";

/** What a reader list page (an author's, a topic's, a month's stories) says and lists. */
export type TArticleListPage = {
  /** What kind of list this is (a word or a link), its name, and an introduction (an author's bio). */
  header: { kicker: ReactNode; title: string; intro?: string };
  /**
   * The description for search engines, and the title when it is not the header's. The
   * canonical address and the feed follow from the list's filter (lib/articles/article-list-address.ts).
   */
  meta: { title?: string; description: string };
  list: Omit<TKeysetArticleListProps, "cursor" | "path">;
  /** Shown after the list (the archive's neighbouring months). */
  footer?: ReactNode;
};

type TRouteProps<P> = { params: Promise<P>; searchParams: Promise<TSearchParams> };

/**
 * The page and metadata of a reader list page, from `describe`, which finds what the address
 * names and says how to list it (null: not found). The live copy exports both; the cached copy
 * wraps them (lib/cached-reader-page.ts).
 */
export function articleListRoute<P>(describe: (params: P) => Promise<TArticleListPage | null>) {
  return {
    async Page({ params, searchParams }: TRouteProps<P>) {
      const page = await describe(await params);
      // The message in the page itself, so it reads without JavaScript (components/site/not-found-page.tsx).
      if (!page) return <NotFoundPage />;
      return (
        <div className="page">
          <ListPageHeader {...page.header} />
          <KeysetArticleList {...page.list} path={articleListPath(page.list.filter)} cursor={await afterCursor(searchParams)} />
          {page.footer}
        </div>
      );
    },
    async generateMetadata({ params, searchParams }: TRouteProps<P>): Promise<Metadata> {
      const page = await describe(await params);
      if (!page) return { title: "Page not found" };
      const { filter } = page.list;
      const metadata = { title: page.meta.title ?? page.header.title, description: page.meta.description };
      return listPageMetadata({ ...metadata, canonical: articleListPath(filter), feed: articleListFeed(filter) }, searchParams);
    },
  };
}
