import { commentCountText } from "@/components/articles/comment-count";
import { Pager } from "@/components/ui/pager";
import { commentsPagePath } from "@/lib/comments/comment-paths";
import type { TCommentGate } from "@/lib/comments/comment-gate";
import type { TCommentThreadPage, TThreadComment } from "@/lib/comments/comment-thread";
import { CommentForm } from "./comment-form";
import { CommentItem } from "./comment-item";
import { CommentSortNav } from "./comment-sort-nav";
import type { TCommentViewContext } from "./comment-view-context";
import { JoinTheConversation } from "./join-the-conversation";
import { LiveNewComments } from "./live-new-comments";

type TCommentSectionProps = {
  articlePath: string;
  commentCount: number;
  gate: TCommentGate;
  page: TCommentThreadPage;
  /** The page's comments with the reader's own unpublished ones merged in. */
  comments: TThreadComment[];
  isFirstPage: boolean;
  context: TCommentViewContext;
  /** A key for the comment form, made for this render; null when the reader cannot post. */
  clientToken: string | null;
};

/** The conversation under an article: the form or how to join, the thread, its pages and orders. */
export function CommentSection({ articlePath, commentCount, gate, page, comments, isFirstPage, context, clientToken }: TCommentSectionProps) {
  const nextHref = page.nextCursor ? commentsPagePath(context.articleSlug, page.sort, page.nextCursor) : null;
  return (
    <section className="comments" id="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{commentCount > 0 ? commentCountText(commentCount) : "Comments"}</h2>
      {gate === "closed" ? <p className="comments__closed">Comments are closed for this story.</p> : null}
      {gate === "open" && clientToken !== null ? (
        <CommentForm
          action={context.actions.postCommentAction}
          articleId={context.articleId}
          clientToken={clientToken}
          maxLength={context.maxLength}
        />
      ) : (
        <JoinTheConversation gate={gate} returnTo={articlePath} />
      )}
      {commentCount > 1 || !isFirstPage ? <CommentSortNav articleSlug={context.articleSlug} sort={page.sort} /> : null}
      {page.featured.length > 0 ? (
        <section className="comments__featured" aria-labelledby="featured-comments-heading">
          <h3 id="featured-comments-heading">Featured comments</h3>
          <ol className="comment-list" role="list">
            {page.featured.map((comment) => (
              <CommentItem key={comment.id} comment={comment} context={context} variant="featured" />
            ))}
          </ol>
        </section>
      ) : null}
      {comments.length > 0 ? (
        <ol className="comment-list" role="list" aria-label="Comments">
          {comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} context={context} />
          ))}
        </ol>
      ) : (
        <p className="comments__empty">{!isFirstPage ? "There are no more comments." : gate === "closed" ? "There are no comments." : "No comments yet."}</p>
      )}
      {page.hasHiddenReplies ? (
        <p className="comments__note">Some replies are not shown here because this conversation is very long.</p>
      ) : null}
      <LiveNewComments articleId={context.articleId} latestCursor={page.latestCursor} permalinkBase={`${articlePath}/comments`} />
      <Pager
        label="Comment pages"
        nextHref={nextHref}
        nextText="More comments"
        firstHref={isFirstPage ? null : commentsPagePath(context.articleSlug, page.sort)}
        firstText="Back to the first comments"
      />
    </section>
  );
}
