import type { ReactNode } from "react";
import Link from "next/link";
import { listArticlePage, type TArticleListFilter } from "@/lib/articles/list-article-page";
import type { TKeysetCursor } from "@/lib/pagination/keyset-cursor";
import { Pager } from "@/components/ui/pager";
import { ArticleList } from "./article-list";

export type TKeysetArticleListProps = {
  filter: TArticleListFilter;
  /** The page's `?after=` cursor (lib/pagination/after-cursor.ts); null on the first page. */
  cursor: TKeysetCursor | null;
  /** The list's public address, without a query: the pager's links add `?after=`. */
  path: string;
  /** The section heading on the first page and on later ones; `visible: false` keeps it for screen readers only. */
  heading: { first: string; later: string; visible: boolean };
  /** Shown when the first page is empty. */
  empty: ReactNode;
  /** Shown when a later page is empty, before a link back to the first page. */
  laterEmpty?: string;
  /** Texts of the pager (components/ui/pager.tsx); `backText` links back from an empty later page. */
  pager?: { label: string; nextText: string; firstText: string; backText: string };
};

/** Newest first, so later pages are older stories (the archive's month pages word it their way). */
const OLDER_STORIES = { label: "More stories", nextText: "Older stories", firstText: "Back to the latest", backText: "Back to the latest" };

/**
 * The stories of an author, a topic or a month (one query: lib/articles/list-article-page.ts),
 * as cards with keyset paging: the one list section of the reader's list pages.
 */
export async function KeysetArticleList({
  filter,
  cursor,
  path,
  heading,
  empty,
  laterEmpty = "There are no older stories.",
  pager = OLDER_STORIES,
}: TKeysetArticleListProps) {
  const page = await listArticlePage(filter, cursor);
  const isLaterPage = cursor !== null;
  return (
    <section aria-labelledby="stories-heading">
      <h2 id="stories-heading" className={heading.visible ? "section-title" : "visually-hidden"}>
        {isLaterPage ? heading.later : heading.first}
      </h2>
      <ArticleList
        articles={page.articles}
        headingLevel={3}
        empty={
          isLaterPage ? (
            <p>
              {laterEmpty} <Link href={path}>{pager.backText}</Link>
            </p>
          ) : (
            empty
          )
        }
      />
      <Pager
        label={pager.label}
        nextHref={page.nextCursor ? `${path}?after=${page.nextCursor}` : null}
        nextText={pager.nextText}
        firstHref={isLaterPage ? path : null}
        firstText={pager.firstText}
      />
    </section>
  );
}
