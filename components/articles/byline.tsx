import Link from "next/link";
import { Fragment, type ReactNode } from "react";
import type { TBylineAuthor } from "@/lib/articles/article-summary";

// "A and B", "A, B, and C": the reader's list grammar, with each name a link.
const conjunction = new Intl.ListFormat("en-US", { style: "long", type: "conjunction" });

function authorLink(author: TBylineAuthor): ReactNode {
  return author.handle ? <Link href={`/authors/${encodeURIComponent(author.handle)}`}>{author.name}</Link> : author.name;
}

export function Byline({ authors }: { authors: TBylineAuthor[] }) {
  if (authors.length === 0) return null;
  const names = conjunction.formatToParts(authors.map((author) => author.name));
  let next = 0;
  const parts = names.map((part, index) => {
    if (part.type === "literal") return <Fragment key={index}>{part.value}</Fragment>;
    const author = authors[next++];
    return <Fragment key={index}>{author ? authorLink(author) : part.value}</Fragment>;
  });
  return <span className="byline">By {parts}</span>;
}
