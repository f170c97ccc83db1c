import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { KeysetArticleList } from "@/components/articles/keyset-article-list";
import { getAuthorByHandle } from "@/lib/authors/get-author-by-handle";
import { feedAlternateTypes } from "@/lib/feeds/feed-paths";
import { afterCursor, laterPageRobots, type TSearchParams } from "@/lib/pagination/after-cursor";

type TAuthorPageProps = { params: Promise<{ handle: string }>; searchParams: Promise<TSearchParams> };

export async function generateMetadata({ params, searchParams }: TAuthorPageProps): Promise<Metadata> {
  const author = await getAuthorByHandle((await params).handle);
  if (!author) return { title: "Page not found" };
  return {
    title: author.name,
    description: author.bio || `Stories by ${author.name}.`,
    alternates: {
      canonical: `/authors/${encodeURIComponent(author.handle)}`,
      types: feedAlternateTypes({ kind: "author", handle: author.handle }, author.name),
    },
    robots: laterPageRobots(await afterCursor(searchParams)),
  };
}

export default async function AuthorPage({ params, searchParams }: TAuthorPageProps) {
  const author = await getAuthorByHandle((await params).handle);
  if (!author) notFound();
  return (
    <div className="page">
      <header className="profile">
        <p className="profile__kicker">Author</p>
        <h1 className="page-title">{author.name}</h1>
        {author.bio ? <p className="profile__bio">{author.bio}</p> : null}
      </header>
      <KeysetArticleList
        filter={{ author }}
        cursor={await afterCursor(searchParams)}
        path={`/authors/${encodeURIComponent(author.handle)}`}
        heading={{ first: `Stories by ${author.name}`, later: `Older stories by ${author.name}`, visible: true }}
        empty={<p>{author.name} has no published stories yet.</p>}
        laterEmpty="There are no older stories."
        pager={{ label: "More stories", nextText: "Older stories", firstText: "Back to the latest", backText: "Back to the latest" }}
      />
    </div>
  );
}
