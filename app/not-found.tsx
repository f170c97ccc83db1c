import type { Metadata } from "next";
import Link from "next/link";
import { AnonymousAccountMenu } from "@/components/site/account-menu";
import { SiteChrome } from "@/components/site/site-chrome";

export const metadata: Metadata = { title: "Page not found" };

// Every unknown address and every notFound() ends here, cached reader pages included, so this
// page reads nothing from the request or the database: it renders the same for everyone and
// needs no database at build time (docs/decisions/0011-reader-page-cache.md). Being the root
// boundary, it brings its own header and footer.
export default function NotFound() {
  return (
    <SiteChrome accountMenu={<AnonymousAccountMenu />}>
      <div className="page page--narrow">
        <h1>We could not find that page</h1>
        <p className="lede">
          The link may be mistyped, or the story may have moved or been taken down. Try the{" "}
          <Link href="/">front page</Link> for the latest stories.
        </p>
        <p>
          <Link href="/">Go to the front page</Link>
        </p>
      </div>
    </SiteChrome>
  );
}
