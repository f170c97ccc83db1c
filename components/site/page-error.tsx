"use client";

import Link from "next/link";

// The error boundary of every route group (each error.tsx re-exports it).
// Never shows the error's message: it may carry internals (STYLE.md habit 6). The server has
// logged the real error; the digest on a server error matches that log line.
export function PageError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <div className="page page--narrow">
      <h1>Something went wrong</h1>
      <p className="lede">We could not load this page. It is probably temporary.</p>
      <p className="actions">
        <button type="button" className="button" onClick={() => retry()}>
          Try again
        </button>
        <Link href="/">Go to the front page</Link>
      </p>
    </div>
  );
}
