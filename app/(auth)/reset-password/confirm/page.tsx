import type { Metadata } from "next";
import Link from "next/link";
import { PasswordResetForm } from "@/components/auth/password-reset-form";
import { USED_LINK_MESSAGE } from "@/lib/auth/email-verification";
import { isEmailLinkTokenUsable, ZEmailLinkToken } from "@/lib/mail/email-link-tokens";
import { singleSearchParam } from "@/lib/pagination/single-search-param";
import { resetPasswordAction } from "./actions";

// The token is in this page's address: never send it to another site as a Referer. Not
// "no-referrer": that makes the browser send "Origin: null" with the form, and Next refuses it.
export const metadata: Metadata = { title: "Choose a new password", robots: { index: false }, referrer: "same-origin" };

type TResetConfirmPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Opening the emailed link shows this form and changes nothing; only "Set new password" does. */
export default async function ResetPasswordConfirmPage({ searchParams }: TResetConfirmPageProps) {
  const parsed = ZEmailLinkToken.safeParse(singleSearchParam((await searchParams).token));
  const token = parsed.success ? parsed.data : "";
  const isUsable = parsed.success && (await isEmailLinkTokenUsable(token, "RESET_PASSWORD"));
  const unusable = (
    <>
      <p className="lede">{USED_LINK_MESSAGE}</p>
      <p>
        <Link href="/reset-password">Ask for a new link</Link>
      </p>
    </>
  );
  return (
    <div className="page page--narrow page--auth">
      <h1 id="reset-heading">Choose a new password</h1>
      <PasswordResetForm action={resetPasswordAction} token={token} isUsable={isUsable} unusable={unusable} />
    </div>
  );
}
