import type { TCommentThreadPage } from "@/lib/comments/comment-thread";
import { commentCountText } from "@/components/articles/comment-count";
import { Pager } from "@/components/ui/pager";
import { CommentItem } from "./comment-item";
import { JoinTheConversation } from "./join-the-conversation";

type TCommentThreadProps = {
  articlePath: string;
  policy: "OPEN" | "VIP" | "CLOSED";
  commentCount: number;
  page: TCommentThreadPage;
  /** True when this page starts after a cursor rather than at the first comment. */
  isLaterPage: boolean;
};

/** The read-only thread under an article. */
export function CommentThread({ articlePath, policy, commentCount, page, isLaterPage }: TCommentThreadProps) {
  const nextHref = page.nextCursor ? `${articlePath}?comments=${page.nextCursor}#comments` : null;
  return (
    <section className="comments" id="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{commentCount > 0 ? commentCountText(commentCount) : "Comments"}</h2>
      {policy === "CLOSED" ? <p className="comments__closed">Comments are closed for this story.</p> : null}
      {page.comments.length > 0 ? (
        <ol className="comment-list" role="list">
          {page.comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} />
          ))}
        </ol>
      ) : (
        <p className="comments__empty">
          {isLaterPage ? "There are no more comments." : policy === "CLOSED" ? "There are no comments." : "No comments yet."}
        </p>
      )}
      {page.hasHiddenReplies ? (
        <p className="comments__note">Some replies are not shown here because this conversation is very long.</p>
      ) : null}
      <Pager
        label="Comment pages"
        nextHref={nextHref}
        nextText="More comments"
        firstHref={isLaterPage ? `${articlePath}#comments` : null}
        firstText="Back to the first comments"
      />
      <JoinTheConversation policy={policy} returnTo={articlePath} />
    </section>
  );
}
