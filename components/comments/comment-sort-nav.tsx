import Link from "next/link";
import { commentsPagePath } from "@/lib/comments/comment-paths";
import { COMMENT_SORTS, type TCommentSort } from "@/lib/comments/comment-thread";

const SORT_LABELS: Record<TCommentSort, string> = { oldest: "Oldest first", newest: "Newest first", liked: "Most liked" };

/** Links to the thread's three orders; the current one is marked for screen readers too. */
export function CommentSortNav({ articleSlug, sort }: { articleSlug: string; sort: TCommentSort }) {
  return (
    <nav className="comment-sort" aria-label="Order of comments">
      <ul role="list">
        {COMMENT_SORTS.map((option) => (
          <li key={option}>
            {option === sort ? (
              <span aria-current="page" className="comment-sort__current">
                {SORT_LABELS[option]}
              </span>
            ) : (
              <Link href={commentsPagePath(articleSlug, option)}>{SORT_LABELS[option]}</Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
