import Link from "next/link";
import { commentPermalink, editCommentPath, reportCommentPath } from "@/lib/comments/comment-paths";
import { MAX_COMMENT_DEPTH, type TThreadComment } from "@/lib/comments/comment-thread";
import { FormattedDate } from "@/components/ui/formatted-date";
import { CommentBody } from "./comment-body";
import type { TCommentViewContext } from "./comment-view-context";
import { DeleteCommentButton } from "./delete-comment-button";
import { LikeButton } from "./like-button";
import { likeCountText } from "./like-count-text";
import { ReplyToggle } from "./reply-toggle";

type TCommentItemProps = {
  comment: TThreadComment;
  context: TCommentViewContext;
  /** "featured" renders a copy at the top of the thread: its own element ids, no replies. */
  variant?: "thread" | "featured";
};

export function CommentItem({ comment, context, variant = "thread" }: TCommentItemProps) {
  const isFeaturedCopy = variant === "featured";
  const elementId = isFeaturedCopy ? `featured-${comment.id}` : `comment-${comment.id}`;
  const permalink = commentPermalink(context.articleSlug, comment.id);
  return (
    <li className={comment.isFeatured ? "comment comment--featured" : "comment"} id={elementId}>
      {comment.isDeleted ? (
        <p className="comment__deleted">Comment deleted</p>
      ) : (
        <article aria-label={`Comment by ${comment.authorName}`}>
          <header className="comment__meta">
            {comment.isFeatured ? <span className="comment__badge">Featured</span> : null}
            <span className="comment__author">{comment.authorName}</span>
            <span aria-hidden="true"> · </span>
            <Link href={`${permalink}#comment-${comment.id}`} className="comment__permalink">
              <FormattedDate iso={comment.createdAt} />
            </Link>
            {comment.editedAt ? <span className="comment__edited"> (edited)</span> : null}
            {context.awaitingReviewIds.has(comment.id) ? <span className="comment__badge comment__badge--pending">Awaiting review</span> : null}
          </header>
          <CommentBody text={comment.body} />
          {isFeaturedCopy ? (
            <p className="comment__actions">
              <Link href={`${permalink}#comment-${comment.id}`}>See it in the conversation</Link>
            </p>
          ) : (
            <CommentActions comment={comment} context={context} permalink={permalink} />
          )}
        </article>
      )}
      {!isFeaturedCopy && comment.replies.length > 0 ? (
        <ol className="comment-list comment-list--replies" role="list" aria-label={comment.isDeleted ? "Replies to a deleted comment" : `Replies to ${comment.authorName}`}>
          {comment.replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} context={context} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}

function CommentActions({ comment, context, permalink }: { comment: TThreadComment; context: TCommentViewContext; permalink: string }) {
  const isOwn = context.ownIds.has(comment.id);
  const isAwaitingReview = context.awaitingReviewIds.has(comment.id);
  // Others' comments can be liked and reported by anyone signed in; one's own can be edited
  // (for 15 minutes) and deleted. Comments awaiting review are not in the conversation yet.
  const canLike = context.isSignedIn && !isOwn;
  return (
    <div className="comment__actions">
      {canLike ? (
        <LikeButton
          action={context.actions.setCommentLikeAction}
          commentId={comment.id}
          authorName={comment.authorName}
          isLiked={context.likedIds.has(comment.id)}
          likeCount={comment.likeCount}
        />
      ) : comment.likeCount > 0 ? (
        <span className="comment-action comment-action--count">{likeCountText(comment.likeCount)}</span>
      ) : null}
      {context.canReply && !isAwaitingReview ? (
        <ReplyToggle
          action={context.actions.postCommentAction}
          articleId={context.articleId}
          commentId={comment.id}
          authorName={comment.authorName}
          replyHref={`${permalink}#reply`}
          maxLength={context.maxLength}
          mentionAuthor={comment.depth >= MAX_COMMENT_DEPTH}
        />
      ) : null}
      {isOwn && context.editableIds.has(comment.id) ? (
        <Link href={editCommentPath(context.articleSlug, comment.id)} className="comment-action">
          Edit<span className="visually-hidden"> your comment</span>
        </Link>
      ) : null}
      {isOwn ? <DeleteCommentButton action={context.actions.deleteCommentAction} commentId={comment.id} /> : null}
      {context.isSignedIn && !isOwn ? (
        <Link href={reportCommentPath(context.articleSlug, comment.id)} className="comment-action" rel="nofollow">
          Report<span className="visually-hidden"> the comment by {comment.authorName}</span>
        </Link>
      ) : null}
    </div>
  );
}
