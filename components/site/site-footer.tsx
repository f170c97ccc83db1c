import Link from "next/link";

export function SiteFooter({ siteName }: { siteName: string }) {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          <Link href="/">{siteName}</Link>: news and opinion.
        </p>
        <nav aria-label="Footer">
          <ul role="list">
            <li>
              <Link href="/">Latest stories</Link>
            </li>
            <li>
              <Link href="/archive">Archive</Link>
            </li>
            <li>
              <Link href="/search">Search</Link>
            </li>
            <li>
              {/* A file, not a page: a plain link, so the browser fetches it rather than the router. */}
              <a href="/feed.xml" type="application/rss+xml">RSS feed</a>
            </li>
            <li>
              <Link href="/sign-in">Sign in</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
