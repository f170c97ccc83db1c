import type { TThreadComment } from "@/lib/comments/comment-thread";
import { FormattedDate } from "@/components/ui/formatted-date";
import { CommentBody } from "./comment-body";

export function CommentItem({ comment }: { comment: TThreadComment }) {
  return (
    <li className="comment" id={`comment-${comment.id}`}>
      <article aria-label={`Comment by ${comment.authorName}`}>
        <header className="comment__meta">
          <span className="comment__author">{comment.authorName}</span>
          <span aria-hidden="true"> · </span>
          <FormattedDate iso={comment.createdAt} />
          {comment.editedAt ? <span className="comment__edited"> (edited)</span> : null}
        </header>
        <CommentBody text={comment.body} />
      </article>
      {comment.replies.length > 0 ? (
        <ol className="comment-list comment-list--replies" role="list" aria-label={`Replies to ${comment.authorName}`}>
          {comment.replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}
