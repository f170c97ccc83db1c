"use client";

// Replaces the root layout when the layout itself fails, so it brings its own document and a
// few inline styles: globals.css and the site header are not available here. Never shows the
// error's message: it may carry internals (STYLE.md habit 6); the server has already logged it.

const page = {
  fontFamily: 'Georgia, "Times New Roman", serif',
  maxWidth: "36rem",
  margin: "4rem auto",
  padding: "0 1.25rem",
  lineHeight: 1.6,
} as const;

export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <head>
        <title>Something went wrong</title>
        <meta name="color-scheme" content="light dark" />
      </head>
      <body style={page}>
        <h1>Something went wrong</h1>
        <p>We could not load this page. Please try again in a moment.</p>
        <p>
          <button type="button" onClick={() => retry()}>
            Try again
          </button>{" "}
          or {/* A full page load: the client router may be the thing that broke. */}
          <a href="/">go to the front page</a>.
        </p>
      </body>
    </html>
  );
}
