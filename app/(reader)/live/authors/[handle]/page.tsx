import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { KeysetArticleList } from "@/components/articles/keyset-article-list";
import { ListPageHeader } from "@/components/articles/list-page-header";
import { listPageMetadata } from "@/lib/articles/list-page-metadata";
import { getAuthorByHandle } from "@/lib/authors/get-author-by-handle";
import { afterCursor, type TSearchParams } from "@/lib/pagination/after-cursor";

type TAuthorPageProps = { params: Promise<{ handle: string }>; searchParams: Promise<TSearchParams> };

const authorPath = (handle: string) => `/authors/${encodeURIComponent(handle)}`;

export async function generateMetadata({ params, searchParams }: TAuthorPageProps): Promise<Metadata> {
  const author = await getAuthorByHandle((await params).handle);
  if (!author) return { title: "Page not found" };
  const { name, bio, handle } = author;
  return listPageMetadata(
    { title: name, description: bio || `Stories by ${name}.`, canonical: authorPath(handle), feed: { kind: "author", handle } },
    searchParams,
  );
}

export default async function AuthorPage({ params, searchParams }: TAuthorPageProps) {
  const author = await getAuthorByHandle((await params).handle);
  if (!author) notFound();
  return (
    <div className="page">
      <ListPageHeader kicker="Author" title={author.name} intro={author.bio} />
      <KeysetArticleList
        filter={{ author }}
        cursor={await afterCursor(searchParams)}
        path={authorPath(author.handle)}
        heading={{ first: `Stories by ${author.name}`, later: `Older stories by ${author.name}`, visible: true }}
        empty={<p>{author.name} has no published stories yet.</p>}
        laterEmpty="There are no older stories."
        pager={{ label: "More stories", nextText: "Older stories", firstText: "Back to the latest", backText: "Back to the latest" }}
      />
    </div>
  );
}
