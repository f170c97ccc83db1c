import type { Metadata } from "next";
import Link from "next/link";
import { NotFoundPage } from "@/components/site/not-found-page";
import { ArticleList } from "@/components/articles/article-list";
import { Pager } from "@/components/ui/pager";
import { feedAlternateTypes } from "@/lib/feeds/feed-paths";
import { getAuthorByHandle } from "@/lib/authors/get-author-by-handle";
import { listAuthorArticles } from "@/lib/authors/list-author-articles";
import { decodeKeysetCursor } from "@/lib/pagination/keyset-cursor";
import { singleSearchParam } from "@/lib/pagination/single-search-param";

type TAuthorPageProps = {
  params: Promise<{ handle: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: TAuthorPageProps): Promise<Metadata> {
  const { handle } = await params;
  const author = await getAuthorByHandle(handle);
  if (!author) return { title: "Page not found" };
  const isLaterPage = decodeKeysetCursor(singleSearchParam((await searchParams).after)) !== null;
  return {
    title: author.name,
    description: author.bio || `Stories by ${author.name}.`,
    alternates: {
      canonical: `/authors/${encodeURIComponent(author.handle)}`,
      types: feedAlternateTypes({ kind: "author", handle: author.handle }, author.name),
    },
    robots: isLaterPage ? { index: false, follow: true } : undefined,
  };
}

export default async function AuthorPage({ params, searchParams }: TAuthorPageProps) {
  const { handle } = await params;
  const author = await getAuthorByHandle(handle);
  if (!author) return <NotFoundPage />;

  // A cursor that does not decode (mistyped, truncated, forged) means the first page.
  const cursor = decodeKeysetCursor(singleSearchParam((await searchParams).after));
  const page = await listAuthorArticles(author, cursor);
  const path = `/authors/${encodeURIComponent(author.handle)}`;
  const isLaterPage = cursor !== null;

  return (
    <div className="page">
      <header className="profile">
        <p className="profile__kicker">Author</p>
        <h1 className="page-title">{author.name}</h1>
        {author.bio ? <p className="profile__bio">{author.bio}</p> : null}
      </header>
      <section aria-labelledby="stories-heading">
        <h2 id="stories-heading" className="section-title">
          {isLaterPage ? `Older stories by ${author.name}` : `Stories by ${author.name}`}
        </h2>
        <ArticleList
          articles={page.articles}
          headingLevel={3}
          empty={
            isLaterPage ? (
              <p>
                There are no older stories. <Link href={path}>Back to the latest</Link>
              </p>
            ) : (
              <p>{author.name} has no published stories yet.</p>
            )
          }
        />
        <Pager
          label="More stories"
          nextHref={page.nextCursor ? `${path}?after=${page.nextCursor}` : null}
          nextText="Older stories"
          firstHref={isLaterPage ? path : null}
          firstText="Back to the latest"
        />
      </section>
    </div>
  );
}
