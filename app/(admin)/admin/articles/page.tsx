import type { Metadata } from "next";
import Link from "next/link";
import { NewsroomArticleFilters } from "@/components/newsroom/newsroom-article-filters";
import { NewsroomArticleTable } from "@/components/newsroom/newsroom-article-table";
import { newsroomArticlesHref, NEWSROOM_TABS, type TNewsroomListParams } from "@/components/newsroom/newsroom-articles-href";
import { requirePagePermission } from "@/lib/auth/guards";
import { roleCan } from "@/lib/auth/permissions";
import {
  ARTICLE_STATUSES,
  listNewsroomArticles,
  listNewsroomFilterOptions,
  NEWSROOM_SEARCH_MAX_LENGTH,
} from "@/lib/articles/list-newsroom-articles";
import { decodeKeysetCursor } from "@/lib/pagination/keyset-cursor";
import { singleSearchParam } from "@/lib/pagination/single-search-param";

export const metadata: Metadata = { title: "Articles" };

type TArticlesPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const ID_SHAPE = /^[A-Za-z0-9_-]{1,64}$/;

function idParam(value: string | string[] | undefined): string | null {
  const id = singleSearchParam(value);
  return id && ID_SHAPE.test(id) ? id : null;
}

export default async function NewsroomArticlesPage({ searchParams }: TArticlesPageProps) {
  const params = await searchParams;
  const rawStatus = singleSearchParam(params.status);
  const list: TNewsroomListParams = {
    status: ARTICLE_STATUSES.find((status) => status === rawStatus) ?? null,
    authorId: idParam(params.author),
    tagId: idParam(params.tag),
    query: (singleSearchParam(params.q) ?? "").trim().slice(0, NEWSROOM_SEARCH_MAX_LENGTH),
  };
  const after = singleSearchParam(params.after);
  const user = await requirePagePermission("admin:access", newsroomArticlesHref(list, after));
  await requirePagePermission("article:write-own", newsroomArticlesHref(list, after));
  const cursor = decodeKeysetCursor(after);
  const isEditor = roleCan(user.role, "article:edit-any");
  const [page, options] = await Promise.all([
    listNewsroomArticles({ ...list, authorId: isEditor ? list.authorId : null, cursor }),
    listNewsroomFilterOptions(),
  ]);
  const isLaterPage = cursor !== null;
  // Set by the delete action's redirect (app/(admin)/admin/articles/[id]/actions.ts).
  const wasDeleted = singleSearchParam(params.deleted) === "1";

  return (
    <div className="page">
      <div className="newsroom-heading">
        <h1 className="page-title">{isEditor ? "Articles" : "Your articles"}</h1>
        <Link href="/admin/articles/new" className="button">
          New article
        </Link>
      </div>
      {wasDeleted ? (
        <p role="status" className="form-message form-message--success">
          The article was deleted.
        </p>
      ) : null}
      <nav className="newsroom-tabs" aria-label="Article status">
        <ul role="list">
          {NEWSROOM_TABS.map((tab) => (
            <li key={tab.label}>
              <Link href={newsroomArticlesHref({ ...list, status: tab.status })} aria-current={tab.status === list.status ? "page" : undefined}>
                {tab.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <NewsroomArticleFilters list={list} authors={isEditor ? options.authors : null} tags={options.tags} />
      <NewsroomArticleTable
        articles={page.articles}
        empty={isLaterPage ? "There are no more articles." : "No articles match."}
        pager={{
          label: "More articles",
          nextHref: page.nextCursor ? newsroomArticlesHref(list, page.nextCursor) : null,
          nextText: "More articles",
          firstHref: isLaterPage ? newsroomArticlesHref(list) : null,
          firstText: "Back to the first page",
        }}
      />
    </div>
  );
}
