import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { SiteChrome } from "@/components/site/site-chrome";
import { signOutAction } from "@/app/(auth)/sign-out/actions";

export const metadata: Metadata = { title: "No access" };

// Shown with HTTP 403 when a signed-in person opens a page (or sends a form) their role does not
// allow: lib/auth/guards.ts calls forbidden(). It says what happened and offers a way on; it
// never says what the page would have shown.
function SignedInWithoutAccessMenu() {
  return (
    <nav className="account-menu" aria-label="Account">
      <ul role="list">
        <li>
          <Link href="/account">Your account</Link>
        </li>
        <li>
          <SignOutButton action={signOutAction} />
        </li>
      </ul>
    </nav>
  );
}

export default function Forbidden() {
  return (
    // Root boundaries are rendered alongside every page, cached reader pages included, so this
    // one must not read the session: its menu assumes what is always true here, a signed-in person.
    <SiteChrome accountMenu={<SignedInWithoutAccessMenu />}>
    <div className="page page--narrow">
      <h1>You do not have access to this page</h1>
      <p className="lede">
        Your account is signed in, but this part of the site is for people with a different role, such as the newsroom
        staff. If you think you should have access, ask an editor or an admin.
      </p>
      <p className="actions">
        <Link href="/">Go to the front page</Link>
        <Link href="/account">Your account</Link>
      </p>
    </div>
    </SiteChrome>
  );
}
