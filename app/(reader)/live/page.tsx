import type { Metadata } from "next";
import Link from "next/link";
import { ArticleList } from "@/components/articles/article-list";
import { ArticleRail } from "@/components/home/article-rail";
import { FrontPageSections } from "@/components/home/front-page-sections";
import { LeadStory } from "@/components/home/lead-story";
import { Pager } from "@/components/ui/pager";
import { getLeadArticle } from "@/lib/articles/get-lead-article";
import { listFrontPageSections } from "@/lib/articles/list-front-page-sections";
import { listPublishedArticles } from "@/lib/articles/list-published-articles";
import { decodeKeysetCursor, type TKeysetCursor } from "@/lib/pagination/keyset-cursor";
import { singleSearchParam } from "@/lib/pagination/single-search-param";
import { listTrendingArticles, listTrendingVideos } from "@/lib/trending/list-trending";

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
  return cursor === null ? <FrontPage /> : <OlderStories cursor={cursor} />;
}

/** The first page: the lead, the rails, the latest stories, then sections by tag. */
async function FrontPage() {
  const [page, lead, trending, videos] = await Promise.all([
    listPublishedArticles(null),
    getLeadArticle(),
    listTrendingArticles(),
    listTrendingVideos(),
  ]);
  if (!lead) {
    return (
      <div className="page">
        <h1 className="page-title">Latest stories</h1>
        <div className="empty-state">
          <p className="empty-state__title">Nothing has been published yet.</p>
          <p>Stories will appear here as soon as the newsroom publishes them.</p>
        </div>
      </div>
    );
  }

  const latest = page.articles.filter((article) => article.id !== lead.id);
  const sections = await listFrontPageSections([lead.id, ...latest.map((article) => article.id)]);
  return (
    <div className="page front-page">
      <h1 className="visually-hidden">Front page</h1>
      <div className="front-page__lead">
        <LeadStory article={lead} />
      </div>
      <div className="front-page__rails">
        <ArticleRail
          id="trending"
          title="Trending"
          articles={trending}
          empty="The most-read stories of the day will appear here as readers arrive."
        />
        <ArticleRail
          id="trending-videos"
          title="Trending videos"
          variant="video"
          articles={videos}
          empty="No videos yet."
        />
      </div>
      <section className="front-page__latest" aria-labelledby="latest-heading">
        <h2 className="section-title" id="latest-heading">
          Latest stories
        </h2>
        <ArticleList articles={latest} headingLevel={3} empty={<p>No other stories yet.</p>} />
        <Pager
          label="More stories"
          nextHref={page.nextCursor ? `/?after=${page.nextCursor}` : null}
          nextText="Older stories"
          firstHref={null}
          firstText="Back to the latest"
        />
      </section>
      <FrontPageSections sections={sections} />
    </div>
  );
}

async function OlderStories({ cursor }: { cursor: TKeysetCursor }) {
  const page = await listPublishedArticles(cursor);
  return (
    <div className="page">
      <h1 className="page-title">Older stories</h1>
      <ArticleList
        articles={page.articles}
        headingLevel={2}
        empty={
          <p>
            There are no older stories. <Link href="/">Back to the latest</Link>
          </p>
        }
      />
      <Pager
        label="More stories"
        nextHref={page.nextCursor ? `/?after=${page.nextCursor}` : null}
        nextText="Older stories"
        firstHref="/"
        firstText="Back to the latest"
      />
    </div>
  );
}
