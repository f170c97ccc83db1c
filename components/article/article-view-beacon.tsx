"use client";

import { useEffect } from "react";

/**
 * Counts a view of the article once it is on a reader's screen (docs/decisions/0010-view-counting.md).
 * Renders nothing. A fetch with keepalive, not sendBeacon: sendBeacon always sends cookies, and
 * the counter has no use for them. A page being prerendered waits until the reader opens it;
 * Next's link prefetches never run this at all.
 */
export function ArticleViewBeacon({ articleId }: { articleId: string }) {
  useEffect(() => {
    const send = () => {
      void fetch("/api/views", {
        method: "POST",
        body: new URLSearchParams({ articleId }),
        credentials: "omit",
        keepalive: true,
        cache: "no-store",
      }).catch(() => {
        // Offline or blocked: a view not counted is not the reader's problem.
      });
    };
    const doc = document as Document & { prerendering?: boolean };
    if (!doc.prerendering) {
      send();
      return;
    }
    document.addEventListener("prerenderingchange", send, { once: true });
    return () => document.removeEventListener("prerenderingchange", send);
  }, [articleId]);
  return null;
}
