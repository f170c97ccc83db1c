import { randomBytes } from "node:crypto";
import type { TReaderViewer } from "@/lib/auth/reader-viewer";
import { commentGate } from "@/lib/comments/comment-gate";
import { getCommentGateFacts } from "@/lib/comments/get-comment-gate-facts";
import { getViewerComments } from "@/lib/comments/get-viewer-comments";
import { listCommentSubthread } from "@/lib/comments/list-comment-subthread";
import { extrasWithin, mergeViewerComments, threadCommentIds } from "@/lib/comments/viewer-comments";
import type { TThreadComment } from "@/lib/comments/comment-thread";
import { getSiteSettings } from "@/lib/settings/site-settings";
import type { TCommentActions } from "./comment-actions-type";
import { CommentForm } from "./comment-form";
import { CommentItem } from "./comment-item";
import { commentViewContext } from "./comment-view-context";
import { JoinTheConversation } from "./join-the-conversation";

type TCommentConversationProps = {
  article: { id: string; slug: string };
  rootId: string;
  /** The comment this page is about: its reply form answers it. */
  commentId: string;
  viewer: TReaderViewer | null;
  actions: TCommentActions;
};

function findComment(comments: readonly TThreadComment[], id: string): TThreadComment | null {
  for (const comment of comments) {
    if (comment.id === id) return comment;
    const found = findComment(comment.replies, id);
    if (found) return found;
  }
  return null;
}

/**
 * One conversation (a top-level comment and its replies) with a reply form for the comment the
 * page is about: where "Reply" leads without JavaScript, and where reply emails point.
 */
export async function CommentConversation({ article, rootId, commentId, viewer, actions }: TCommentConversationProps) {
  const [subthread, gateFacts, settings] = await Promise.all([
    listCommentSubthread(article.id, rootId),
    getCommentGateFacts(article),
    getSiteSettings(),
  ]);
  const viewerComments = await getViewerComments(viewer, article.id, threadCommentIds(subthread));
  const comments = mergeViewerComments(subthread, extrasWithin(rootId, subthread, viewerComments.extras), {
    isFirstPage: true,
    newestFirst: false,
  });
  const target = findComment(comments, commentId);
  const gate = commentGate(gateFacts, viewer, new Date());
  const context = commentViewContext({ article, viewer, gate, maxLength: settings.commentMaxLength, viewerComments, actions });
  const canReplyToTarget = gate === "open" && target !== null && !target.isDeleted && !context.awaitingReviewIds.has(commentId);
  return (
    <section className="comments comments--single" id="comments" aria-label="Conversation">
      {comments.length > 0 ? (
        <ol className="comment-list" role="list">
          {comments.map((comment) => (
            <CommentItem key={comment.id} comment={comment} context={context} />
          ))}
        </ol>
      ) : (
        <p className="comments__empty">This conversation is no longer available.</p>
      )}
      <div id="reply" className="comments__reply">
        {canReplyToTarget && target ? (
          <CommentForm
            action={actions.postCommentAction}
            articleId={article.id}
            parentId={commentId}
            clientToken={randomBytes(16).toString("hex")}
            maxLength={settings.commentMaxLength}
            label={`Reply to ${target.authorName}`}
            submitLabel="Post reply"
            initialText={target.depth >= 2 ? `@${target.authorName} ` : ""}
          />
        ) : gate === "closed" ? (
          <p className="comments__closed">Comments are closed for this story.</p>
        ) : (
          <JoinTheConversation gate={gate} returnTo={`/articles/${encodeURIComponent(article.slug)}/comments/${encodeURIComponent(commentId)}`} />
        )}
      </div>
    </section>
  );
}
