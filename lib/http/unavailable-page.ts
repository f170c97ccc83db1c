// What a reader reads while Masthead cannot reach its database (issue 15, item 7): proxy.ts
// answers pages that need the database with this page and HTTP 503 + Retry-After; a render that
// failed for that reason gets the sentence through lib/http/error-shell-text.ts.
// No "server-only": proxy.ts and instrumentation.ts import it.

export const DATABASE_UNAVAILABLE_SENTENCE =
  "The site cannot reach its database just now, so this page cannot be shown. Stories already published can still be read. Please try again in a minute.";

export const DATABASE_UNAVAILABLE_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>We will be back in a moment</title></head>
<body><main><h1>We will be back in a moment</h1>
<p>${DATABASE_UNAVAILABLE_SENTENCE}</p>
<p><a href="/">Go to the front page</a></p></main></body></html>`;
