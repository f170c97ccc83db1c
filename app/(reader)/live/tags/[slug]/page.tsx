import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { KeysetArticleList } from "@/components/articles/keyset-article-list";
import { ListPageHeader } from "@/components/articles/list-page-header";
import { listPageMetadata } from "@/lib/articles/list-page-metadata";
import { afterCursor, type TSearchParams } from "@/lib/pagination/after-cursor";
import { getTagBySlug } from "@/lib/tags/get-tag-by-slug";

type TTagPageProps = { params: Promise<{ slug: string }>; searchParams: Promise<TSearchParams> };

const tagPath = (slug: string) => `/tags/${encodeURIComponent(slug)}`;

export async function generateMetadata({ params, searchParams }: TTagPageProps): Promise<Metadata> {
  const tag = await getTagBySlug((await params).slug);
  if (!tag) return { title: "Page not found" };
  const { name, description, slug } = tag;
  return listPageMetadata(
    { title: name, description: description || `Stories about ${name}.`, canonical: tagPath(slug), feed: { kind: "tag", slug } },
    searchParams,
  );
}

export default async function TagPage({ params, searchParams }: TTagPageProps) {
  const tag = await getTagBySlug((await params).slug);
  if (!tag) notFound();
  return (
    <div className="page">
      <ListPageHeader kicker="Topic" title={tag.name} intro={tag.description} />
      <KeysetArticleList
        filter={{ tag }}
        cursor={await afterCursor(searchParams)}
        path={tagPath(tag.slug)}
        heading={{ first: `Stories about ${tag.name}`, later: `Older stories about ${tag.name}`, visible: false }}
        empty={<p>No stories have been published under {tag.name} yet.</p>}
        laterEmpty="There are no older stories."
        pager={{ label: "More stories", nextText: "Older stories", firstText: "Back to the latest", backText: "Back to the latest" }}
      />
    </div>
  );
}
