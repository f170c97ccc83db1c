import { DATABASE_UNAVAILABLE_SENTENCE } from "./unavailable-page";

// The sentence Next's error shell gets for readers without JavaScript
// (lib/http/response-status.ts). With scripts, the route's not-found.tsx, forbidden.tsx or
// error.tsx replaces the shell and the <noscript> is never shown. Pure: tested on its own.

const ERROR_SHELL = 'id="__next_error__"';

const SENTENCES: Record<number, { title: string; sentence: string }> = {
  401: { title: "Please sign in", sentence: "You need to be signed in to see this page. Your session may have ended." },
  403: {
    title: "You do not have access to this page",
    sentence: "This part of the site is for people with a different role, such as the newsroom staff. If you think you should have access, ask an editor or an admin.",
  },
  404: { title: "We could not find that page", sentence: "The link may be mistyped, or the page may have moved or been taken down." },
  503: { title: "We will be back in a moment", sentence: DATABASE_UNAVAILABLE_SENTENCE },
};

const FALLBACK = { title: "Something went wrong", sentence: "Something went wrong on our side. Please try again in a moment." };

/** `html` with the status's sentence after its <body> tag, if it is Next's error shell. */
export function withErrorShellText(html: string, status: number): string {
  if (!html.includes(ERROR_SHELL)) return html;
  const bodyTag = /<body[^>]*>/.exec(html);
  if (!bodyTag) return html;
  const { title, sentence } = SENTENCES[status] ?? FALLBACK;
  const text =
    `<noscript><main style="max-width:36rem;margin:4rem auto;padding:0 1.25rem;font-family:Georgia,serif;line-height:1.6">` +
    `<h1>${title}</h1><p>${sentence}</p><p><a href="/">Go to the front page</a></p></main></noscript>`;
  const at = bodyTag.index + bodyTag[0].length;
  return html.slice(0, at) + text + html.slice(at);
}
