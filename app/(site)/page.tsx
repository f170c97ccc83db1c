import type { Metadata } from "next";
import Link from "next/link";
import { ArticleList } from "@/components/articles/article-list";
import { Pager } from "@/components/ui/pager";
import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { decodeKeysetCursor } from "@/lib/pagination/keyset-cursor";
import { singleSearchParam } from "@/lib/pagination/single-search-param";

type THomePageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// A cursor that does not decode (mistyped, truncated, forged) means the first page.
async function pageCursor(searchParams: THomePageProps["searchParams"]) {
  return decodeKeysetCursor(singleSearchParam((await searchParams).after));
}

export async function generateMetadata({ searchParams }: THomePageProps): Promise<Metadata> {
  // Later pages are for browsing; search engines should index the stories, not the pages of them.
  return (await pageCursor(searchParams)) === null
    ? { alternates: { canonical: "/" } }
    : { title: "Older stories", robots: { index: false, follow: true } };
}

export default async function HomePage({ searchParams }: THomePageProps) {
  const cursor = await pageCursor(searchParams);
  const page = await listPublishedArticles(cursor);
  const isLaterPage = cursor !== null;
  return (
    <div className="page">
      <h1 className="page-title">{isLaterPage ? "Older stories" : "Latest stories"}</h1>
      <ArticleList
        articles={page.articles}
        headingLevel={2}
        empty={
          isLaterPage ? (
            <p>
              There are no older stories. <Link href="/">Back to the latest</Link>
            </p>
          ) : (
            <>
              <p className="empty-state__title">Nothing has been published yet.</p>
              <p>Stories will appear here as soon as the newsroom publishes them.</p>
            </>
          )
        }
      />
      <Pager
        label="More stories"
        nextHref={page.nextCursor ? `/?after=${page.nextCursor}` : null}
        nextText="Older stories"
        firstHref={isLaterPage ? "/" : null}
        firstText="Back to the latest"
      />
    </div>
  );
}
