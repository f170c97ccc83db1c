import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { KeysetArticleList } from "@/components/articles/keyset-article-list";
import { feedAlternateTypes } from "@/lib/feeds/feed-paths";
import { afterCursor, laterPageRobots, type TSearchParams } from "@/lib/pagination/after-cursor";
import { getTagBySlug } from "@/lib/tags/get-tag-by-slug";

type TTagPageProps = { params: Promise<{ slug: string }>; searchParams: Promise<TSearchParams> };

export async function generateMetadata({ params, searchParams }: TTagPageProps): Promise<Metadata> {
  const tag = await getTagBySlug((await params).slug);
  if (!tag) return { title: "Page not found" };
  return {
    title: tag.name,
    description: tag.description || `Stories about ${tag.name}.`,
    alternates: {
      canonical: `/tags/${encodeURIComponent(tag.slug)}`,
      types: feedAlternateTypes({ kind: "tag", slug: tag.slug }, tag.name),
    },
    robots: laterPageRobots(await afterCursor(searchParams)),
  };
}

export default async function TagPage({ params, searchParams }: TTagPageProps) {
  const tag = await getTagBySlug((await params).slug);
  if (!tag) notFound();
  return (
    <div className="page">
      <header className="profile">
        <p className="profile__kicker">Topic</p>
        <h1 className="page-title">{tag.name}</h1>
        {tag.description ? <p className="profile__bio">{tag.description}</p> : null}
      </header>
      <KeysetArticleList
        filter={{ tag }}
        cursor={await afterCursor(searchParams)}
        path={`/tags/${encodeURIComponent(tag.slug)}`}
        heading={{ first: `Stories about ${tag.name}`, later: `Older stories about ${tag.name}`, visible: false }}
        empty={<p>No stories have been published under {tag.name} yet.</p>}
        laterEmpty="There are no older stories."
        pager={{ label: "More stories", nextText: "Older stories", firstText: "Back to the latest", backText: "Back to the latest" }}
      />
    </div>
  );
}
