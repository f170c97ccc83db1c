"use client";

import { useState, type MouseEvent } from "react";
import type { TFormAction } from "@/components/admin/form-feedback";
import type { TPostedComment } from "@/lib/comments/post-comment";
import { CommentForm } from "./comment-form";
import { newClientToken } from "./new-client-token";

type TReplyToggleProps = {
  action: TFormAction<TPostedComment>;
  articleId: string;
  commentId: string;
  authorName: string;
  /** The comment's own page with its reply form: where the link goes without JavaScript. */
  replyHref: string;
  maxLength: number;
  /** Replies to the deepest level start with "@Name", since they are shown beside the comment they answer. */
  mentionAuthor: boolean;
};

/** "Reply": a link to the comment's page, which with JavaScript opens a reply form in place instead. */
export function ReplyToggle({ action, articleId, commentId, authorName, replyHref, maxLength, mentionAuthor }: TReplyToggleProps) {
  const [clientToken, setClientToken] = useState<string | null>(null);
  function open(event: MouseEvent<HTMLAnchorElement>) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    setClientToken(newClientToken());
  }
  return (
    <>
      {clientToken === null ? (
        <a href={replyHref} onClick={open} className="comment-action">
          Reply<span className="visually-hidden"> to {authorName}</span>
        </a>
      ) : (
        <button type="button" className="link-button comment-action" onClick={() => setClientToken(null)} aria-expanded="true">
          Cancel reply<span className="visually-hidden"> to {authorName}</span>
        </button>
      )}
      {clientToken !== null ? (
        <div className="comment__reply-form">
          <CommentForm
            action={action}
            articleId={articleId}
            parentId={commentId}
            clientToken={clientToken}
            maxLength={maxLength}
            label={`Reply to ${authorName}`}
            submitLabel="Post reply"
            initialText={mentionAuthor ? `@${authorName} ` : ""}
            autoFocus
          />
        </div>
      ) : null}
    </>
  );
}
