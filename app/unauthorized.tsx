import type { Metadata } from "next";
import Link from "next/link";
import { AnonymousAccountMenu } from "@/components/site/account-menu";
import { SiteChrome } from "@/components/site/site-chrome";

export const metadata: Metadata = { title: "Please sign in" };

// Shown with HTTP 401 when a signed-out caller sends something that needs an account, for
// instance a server action replayed without a session (lib/actions.ts calls unauthorized()).
// A root boundary: it reads nothing from the request (docs/decisions/0011).
export default function Unauthorized() {
  return (
    <SiteChrome accountMenu={<AnonymousAccountMenu />}>
      <div className="page page--narrow">
        <h1>Please sign in</h1>
        <p className="lede">You need to be signed in to do that. Your session may have ended.</p>
        <p className="actions">
          <Link href="/sign-in">Sign in</Link>
          <Link href="/">Go to the front page</Link>
        </p>
      </div>
    </SiteChrome>
  );
}
