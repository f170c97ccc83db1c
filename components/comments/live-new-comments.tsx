"use client";

import { useEffect, useRef, useState } from "react";
import type { TNewComment, TNewComments } from "@/lib/comments/list-comments-since";
import { FormattedDate } from "@/components/ui/formatted-date";
import { CommentBody } from "./comment-body";

/** How often to ask while the tab is visible. */
const POLL_INTERVAL_MS = 15_000;

type TLiveNewCommentsProps = {
  articleId: string;
  /** The newest published comment when the page was made (TCommentThreadPage.latestCursor). */
  latestCursor: string;
  /** Where each comment's own page is: /articles/<slug>/comments/<id>. */
  permalinkBase: string;
};

/**
 * New comments from others without a reload: polls a small JSON route (published comments only,
 * plain text) while the tab is visible, says "N new comments" and shows them on request, below
 * the thread, each with what it answers and a link to its place in the conversation. Stops
 * polling while the tab is hidden and catches up when it is shown again. Without JavaScript,
 * nothing here renders: the thread is complete as of the page load.
 */
export function LiveNewComments({ articleId, latestCursor, permalinkBase }: TLiveNewCommentsProps) {
  const [waiting, setWaiting] = useState<TNewComment[]>([]);
  const [shown, setShown] = useState<TNewComment[]>([]);
  const [hasMore, setHasMore] = useState(false);
  const cursor = useRef(latestCursor);
  const known = useRef(new Set<string>());

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | undefined;

    async function poll() {
      const after = cursor.current;
      controller = new AbortController();
      try {
        const response = await fetch(`/api/articles/${encodeURIComponent(articleId)}/comments/since?after=${encodeURIComponent(after)}`, {
          signal: controller.signal,
          cache: "no-store",
        });
        if (!response.ok) return;
        const data = (await response.json()) as TNewComments;
        if (data.latestCursor) cursor.current = data.latestCursor;
        setHasMore((previous) => previous || data.hasMore);
        // Leave out what the page already shows (the reader's own new comment, after a refresh).
        const fresh = data.comments.filter((comment) => !known.current.has(comment.id) && !document.getElementById(`comment-${comment.id}`));
        fresh.forEach((comment) => known.current.add(comment.id));
        if (fresh.length > 0) setWaiting((previous) => [...previous, ...fresh]);
      } catch {
        // Offline or aborted: the next poll tries again.
      } finally {
        schedule();
      }
    }

    function schedule() {
      clearTimeout(timer);
      if (document.visibilityState === "visible") timer = setTimeout(poll, POLL_INTERVAL_MS);
    }

    function onVisibilityChange() {
      if (document.visibilityState === "visible") {
        void poll();
      } else {
        clearTimeout(timer);
        controller?.abort();
      }
    }

    schedule();
    document.addEventListener("visibilitychange", onVisibilityChange);
    return () => {
      clearTimeout(timer);
      controller?.abort();
      document.removeEventListener("visibilitychange", onVisibilityChange);
    };
  }, [articleId]);

  const count = waiting.length;
  return (
    <div className="live-comments">
      <div role="status" aria-live="polite">
        {count > 0 ? (
          <p className="live-comments__notice">
            {count === 1 ? "1 new comment" : `${count} new comments`}
            {hasMore ? " (and more: reload the page to see them all)" : ""}
            {" — "}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setShown((previous) => [...previous, ...waiting]);
                setWaiting([]);
              }}
            >
              show
            </button>
          </p>
        ) : null}
      </div>
      {shown.length > 0 ? (
        <section aria-labelledby="live-comments-heading">
          <h3 id="live-comments-heading">New since you opened the page</h3>
          <ol className="comment-list" role="list">
            {shown.map((comment) => (
              <li key={comment.id} className="comment" id={`comment-${comment.id}`}>
                <article aria-label={`Comment by ${comment.authorName}`}>
                  <header className="comment__meta">
                    <span className="comment__author">{comment.authorName}</span>
                    {comment.inReplyTo ? <span> replied to {comment.inReplyTo}</span> : null}
                    <span aria-hidden="true"> · </span>
                    <a href={`${permalinkBase}/${encodeURIComponent(comment.id)}#comment-${comment.id}`}>
                      <FormattedDate iso={comment.createdAt} />
                    </a>
                  </header>
                  <CommentBody text={comment.body} />
                </article>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
