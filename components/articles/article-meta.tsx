import { FormattedDate } from "@/components/ui/formatted-date";
import type { TBylineAuthor } from "@/lib/articles/article-summary";
import { Byline } from "./byline";
import { CommentCount } from "./comment-count";

type TArticleMetaProps = {
  authors: TBylineAuthor[];
  /** ISO 8601. */
  publishedAt: string;
  commentCount: number;
  /** The story's address; the comment count links to its conversation. */
  href: string;
};

/** "By … · date · N comments" under a headline in lists and on the front page's lead story. */
export function ArticleMeta({ authors, publishedAt, commentCount, href }: TArticleMetaProps) {
  return (
    <p className="meta">
      <Byline authors={authors} />
      {authors.length > 0 ? <span aria-hidden="true"> · </span> : null}
      <FormattedDate iso={publishedAt} />
      <span aria-hidden="true"> · </span>
      <CommentCount count={commentCount} href={`${href}#comments`} />
    </p>
  );
}
