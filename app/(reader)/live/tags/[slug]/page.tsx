import type { Metadata } from "next";
import Link from "next/link";
import { NotFoundPage } from "@/components/site/not-found-page";
import { ArticleList } from "@/components/articles/article-list";
import { Pager } from "@/components/ui/pager";
import { feedAlternateTypes } from "@/lib/feeds/feed-paths";
import { decodeKeysetCursor } from "@/lib/pagination/keyset-cursor";
import { singleSearchParam } from "@/lib/pagination/single-search-param";
import { getTagBySlug } from "@/lib/tags/get-tag-by-slug";
import { listTagArticles } from "@/lib/tags/list-tag-articles";

type TTagPageProps = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: TTagPageProps): Promise<Metadata> {
  const { slug } = await params;
  const tag = await getTagBySlug(slug);
  if (!tag) return { title: "Page not found" };
  const isLaterPage = decodeKeysetCursor(singleSearchParam((await searchParams).after)) !== null;
  return {
    title: tag.name,
    description: tag.description || `Stories about ${tag.name}.`,
    alternates: {
      canonical: `/tags/${encodeURIComponent(tag.slug)}`,
      types: feedAlternateTypes({ kind: "tag", slug: tag.slug }, tag.name),
    },
    robots: isLaterPage ? { index: false, follow: true } : undefined,
  };
}

export default async function TagPage({ params, searchParams }: TTagPageProps) {
  const { slug } = await params;
  const tag = await getTagBySlug(slug);
  if (!tag) return <NotFoundPage />;

  // A cursor that does not decode (mistyped, truncated, forged) means the first page.
  const cursor = decodeKeysetCursor(singleSearchParam((await searchParams).after));
  const page = await listTagArticles(tag, cursor);
  const path = `/tags/${encodeURIComponent(tag.slug)}`;
  const isLaterPage = cursor !== null;

  return (
    <div className="page">
      <header className="profile">
        <p className="profile__kicker">Topic</p>
        <h1 className="page-title">{tag.name}</h1>
        {tag.description ? <p className="profile__bio">{tag.description}</p> : null}
      </header>
      <section aria-labelledby="stories-heading">
        <h2 id="stories-heading" className="visually-hidden">
          {isLaterPage ? `Older stories about ${tag.name}` : `Stories about ${tag.name}`}
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
              <p>No stories have been published under {tag.name} yet.</p>
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
