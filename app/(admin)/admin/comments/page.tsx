import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminList } from "@/components/admin/admin-list";
import { FormattedDateTime } from "@/components/admin/formatted-date-time";
import { ArticleCommentsClosedForm } from "@/components/moderation/article-comments-closed-form";
import { BulkControls, ModerationList } from "@/components/moderation/moderation-item-card";
import { ModerationForm } from "@/components/moderation/moderation-form";
import styles from "@/components/moderation/moderation.module.css";
import { requirePagePermission } from "@/lib/auth/guards";
import { listArticleCommentsForModeration, type TArticleForModeration } from "@/lib/moderation/list-article-comments-for-moderation";
import { listModerationQueue, QUEUE_FILTERS, type TQueueFilter } from "@/lib/moderation/list-moderation-queue";
import { ZCommentId } from "@/lib/moderation/moderation-schemas";
import { decodeKeysetCursor } from "@/lib/pagination/keyset-cursor";
import { singleSearchParam } from "@/lib/pagination/single-search-param";
import { moderateCommentsAction, setArticleCommentsClosedAction } from "./actions";

export const metadata: Metadata = { title: "Comments" };

type TCommentsPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const FILTER_LABELS: Record<TQueueFilter, string> = { all: "Everything waiting", pending: "Held for review", reported: "Reported" };

function commentsHref(params: { filter?: TQueueFilter; article?: string; after?: string }): string {
  const search = new URLSearchParams();
  if (params.article) search.set("article", params.article);
  if (params.filter && params.filter !== "all") search.set("filter", params.filter);
  if (params.after) search.set("after", params.after);
  const text = search.toString();
  return text ? `/admin/comments?${text}` : "/admin/comments";
}

export default async function CommentsPage({ searchParams }: TCommentsPageProps) {
  const params = await searchParams;
  const rawFilter = singleSearchParam(params.filter);
  const filter: TQueueFilter = QUEUE_FILTERS.find((value) => value === rawFilter) ?? "all";
  const after = singleSearchParam(params.after);
  const articleParam = singleSearchParam(params.article);
  const articleId = articleParam !== undefined && ZCommentId.safeParse(articleParam).success ? articleParam : undefined;
  const returnTo = commentsHref({ filter, ...(articleId ? { article: articleId } : {}), ...(after ? { after } : {}) });
  await requirePagePermission("admin:access", returnTo);
  await requirePagePermission("comment:moderate", returnTo);
  // A cursor that does not decode (mistyped, forged) means the first page.
  const cursor = decodeKeysetCursor(after);

  if (articleParam !== undefined) {
    if (!articleId) notFound();
    const page = await listArticleCommentsForModeration({ articleId, cursor });
    if (!page) notFound();
    return (
      <div className="page">
        <p className="meta">
          <Link href="/admin/comments">← The moderation queue</Link>
        </p>
        <h1 className="page-title">Comments on “{page.article.title}”</h1>
        <ArticleCommentsPanel article={page.article} />
        <ModerationForm action={moderateCommentsAction}>
          <AdminList
            isEmpty={page.items.length === 0}
            empty={cursor ? "There are no older comments." : "Nobody has commented on this article yet."}
            pager={{
              label: "Older comments",
              nextHref: page.nextCursor ? commentsHref({ article: articleId, after: page.nextCursor }) : null,
              nextText: "Older comments",
              firstHref: cursor ? commentsHref({ article: articleId }) : null,
              firstText: "Back to the newest",
            }}
          >
            <BulkControls />
            <ModerationList items={page.items} authors={page.authors} showArticle={false} />
          </AdminList>
        </ModerationForm>
      </div>
    );
  }

  const page = await listModerationQueue({ filter, cursor });
  return (
    <div className="page">
      <h1 className="page-title">Comments</h1>
      <p className="lede">Comments held for review and comments readers reported, oldest first.</p>
      <nav aria-label="Show">
        <ul className={styles.filters} role="list">
          {QUEUE_FILTERS.map((value) => (
            <li key={value}>
              <Link href={commentsHref({ filter: value })} aria-current={value === filter ? "page" : undefined}>
                {FILTER_LABELS[value]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ModerationForm action={moderateCommentsAction}>
        <AdminList
          isEmpty={page.items.length === 0}
          empty={cursor ? "There is nothing further in the queue." : "Nothing is waiting. The queue is empty."}
          pager={{
            label: "More comments",
            nextHref: page.nextCursor ? commentsHref({ filter, after: page.nextCursor }) : null,
            nextText: "More comments",
            firstHref: cursor ? commentsHref({ filter }) : null,
            firstText: "Back to the start of the queue",
          }}
        >
          <BulkControls />
          <ModerationList items={page.items} authors={page.authors} showArticle />
        </AdminList>
      </ModerationForm>
    </div>
  );
}

function ArticleCommentsPanel({ article }: { article: TArticleForModeration }) {
  const closesAt = article.commentsCloseAt;
  const { isClosedByTime } = article;
  return (
    <section className="admin-panel" aria-labelledby="conversation-heading">
      <h2 id="conversation-heading">Conversation</h2>
      <p>
        {article.commentCount === 1 ? "1 published comment" : `${article.commentCount} published comments`}.{" "}
        {article.status === "PUBLISHED" ? (
          <Link href={`/articles/${encodeURIComponent(article.slug)}`}>View the article</Link>
        ) : null}
      </p>
      <p>
        {article.commentPolicy === "CLOSED" ? (
          "Comments are closed by the article's policy."
        ) : isClosedByTime && closesAt ? (
          <>
            Comments closed on <FormattedDateTime iso={closesAt} />.
          </>
        ) : closesAt ? (
          <>
            Comments are open and close automatically on <FormattedDateTime iso={closesAt} />.
          </>
        ) : (
          `Comments are open${article.commentPolicy === "VIP" ? " to VIP members" : ""}.`
        )}
      </p>
      {article.commentPolicy === "CLOSED" && !closesAt ? null : (
        <ArticleCommentsClosedForm
          articleId={article.id}
          commentsCloseAt={closesAt}
          isClosed={isClosedByTime}
          action={setArticleCommentsClosedAction}
        />
      )}
    </section>
  );
}
