import Link from "next/link";

type TPagerProps = {
  /** What the list is, for the navigation landmark's name: "Older stories", "More comments". */
  label: string;
  nextHref: string | null;
  nextText: string;
  /** Shown on later pages: keyset pages cannot step back one page, but can start over. */
  firstHref: string | null;
  firstText: string;
};

export function Pager({ label, nextHref, nextText, firstHref, firstText }: TPagerProps) {
  if (!nextHref && !firstHref) return null;
  return (
    <nav className="pager" aria-label={label}>
      {firstHref ? <Link href={firstHref}>{firstText}</Link> : null}
      {nextHref ? (
        <Link href={nextHref} rel="next" className="pager__next">
          {nextText} <span aria-hidden="true">→</span>
        </Link>
      ) : null}
    </nav>
  );
}
