import type { Metadata } from "next";
import Link from "next/link";
import { ResendVerificationForm } from "@/components/auth/resend-verification-form";
import { VerifyEmailForm } from "@/components/auth/verify-email-form";
import { getCurrentUser, type TCurrentUser } from "@/lib/auth/current-user";
import { USED_LINK_MESSAGE } from "@/lib/auth/email-verification";
import { isEmailLinkTokenUsable, ZEmailLinkToken } from "@/lib/mail/email-link-tokens";
import { singleSearchParam } from "@/lib/pagination/single-search-param";
import { resendVerificationAction, verifyEmailAction } from "./actions";

// The token is in this page's address: never send it to another site as a Referer. Not
// "no-referrer": that makes the browser send "Origin: null" with the form, and Next refuses it.
export const metadata: Metadata = { title: "Verify your email", robots: { index: false }, referrer: "same-origin" };

type TVerifyEmailPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Opening the emailed link shows this page and changes nothing; only the button verifies. */
export default async function VerifyEmailPage({ searchParams }: TVerifyEmailPageProps) {
  const parsed = ZEmailLinkToken.safeParse(singleSearchParam((await searchParams).token));
  const token = parsed.success ? parsed.data : "";
  const isUsable = parsed.success && (await isEmailLinkTokenUsable(token, "VERIFY_EMAIL"));
  const viewer = await getCurrentUser();
  return (
    <div className="page page--narrow page--auth">
      <h1>Verify your email</h1>
      {isUsable ? <p className="lede">Press the button to confirm that this email address is yours.</p> : null}
      <VerifyEmailForm action={verifyEmailAction} token={token} isUsable={isUsable} unusable={<UnusableLink viewer={viewer} />} />
    </div>
  );
}

function UnusableLink({ viewer }: { viewer: TCurrentUser | null }) {
  return (
    <>
      <p className="lede">{USED_LINK_MESSAGE}</p>
      {viewer && !viewer.emailVerified ? (
        <>
          <p>We can send you a new link to {viewer.email}.</p>
          <ResendVerificationForm action={resendVerificationAction} label="Send a new link" />
        </>
      ) : viewer ? (
        <p>
          Your email address is verified. <Link href="/">Go to the front page</Link>.
        </p>
      ) : (
        <p>
          <Link href="/sign-in">Sign in</Link> to ask for a new link.
        </p>
      )}
    </>
  );
}
