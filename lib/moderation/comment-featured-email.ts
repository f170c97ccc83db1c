import "server-only";
import { serverEnv } from "@/lib/env";
import type { TOutgoingEmail } from "@/lib/mail/enqueue-email";
import { siteLink } from "@/lib/mail/site-link";

// Plain text: names and titles cannot inject markup; control characters are flattened so they
// cannot fake extra lines either.
function oneLine(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f]+/g, " ").trim();
}

export function commentFeaturedEmail(recipient: { email: string; name: string }, article: { title: string; slug: string }): TOutgoingEmail {
  const site = serverEnv().SITE_NAME;
  return {
    to: recipient.email,
    kind: "comment-featured",
    subject: `Your comment was featured on ${site}`,
    text: [
      `Hello ${oneLine(recipient.name)},`,
      "",
      `The editors featured your comment on “${oneLine(article.title)}”: it is now shown first under the article.`,
      "",
      siteLink(`/articles/${encodeURIComponent(article.slug)}`),
      "",
      "Thank you for adding to the conversation.",
      "",
      `-- \n${site}\n${siteLink("/")}`,
    ].join("\n"),
  };
}
