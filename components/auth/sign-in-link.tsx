"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

// Pages a reader should not be sent back to after signing in.
const ACCOUNT_PAGES = ["/sign-in", "/sign-up", "/reset-password", "/verify-email", "/banned"];

/**
 * "Sign in", remembering the page it was pressed on (?next=), so the reader comes back to the
 * story they were reading. A client component only to read the path; it renders on the server
 * too, so the link works without JavaScript.
 */
export function SignInLink() {
  const pathname = usePathname();
  const isAccountPage = ACCOUNT_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`));
  const href = pathname === "/" || isAccountPage ? "/sign-in" : `/sign-in?next=${encodeURIComponent(pathname)}`;
  return <Link href={href}>Sign in</Link>;
}
