import Link from "next/link";

const plural = new Intl.PluralRules("en-US");
const number = new Intl.NumberFormat("en-US");

export function commentCountText(count: number): string {
  if (count === 0) return "No comments";
  return `${number.format(count)} ${plural.select(count) === "one" ? "comment" : "comments"}`;
}

/** "3 comments", linking to the thread. */
export function CommentCount({ count, href }: { count: number; href: string }) {
  return <Link href={href}>{commentCountText(count)}</Link>;
}
