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
              <Link href="/sign-in">Sign in</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
