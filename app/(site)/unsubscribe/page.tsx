import type { Metadata } from "next";
import Link from "next/link";
import { UnsubscribeForm } from "@/components/comments/unsubscribe-form";
import { verifyReplyUnsubscribeToken } from "@/lib/comments/reply-unsubscribe-token";
import { singleSearchParam } from "@/lib/pagination/single-search-param";
import { unsubscribeReplyEmailsAction } from "./actions";

// The token is in the address: keep it out of Referer headers sent to other sites.
export const metadata: Metadata = { title: "Unsubscribe from reply emails", robots: { index: false }, referrer: "same-origin" };

type TUnsubscribePageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The link in reply emails. GET only shows the button (link scanners must not unsubscribe anyone). */
export default async function UnsubscribePage({ searchParams }: TUnsubscribePageProps) {
  const token = singleSearchParam((await searchParams).token) ?? "";
  const isValid = verifyReplyUnsubscribeToken(token) !== null;
  return (
    <div className="page page--narrow">
      <h1 className="page-title">Unsubscribe from reply emails</h1>
      {isValid ? (
        <>
          <p className="lede">Stop the emails we send when someone replies to your comments?</p>
          <UnsubscribeForm action={unsubscribeReplyEmailsAction} token={token} />
        </>
      ) : (
        <p className="lede">
          This unsubscribe link is not valid. Open the link from the email again, or change your email settings on{" "}
          <Link href="/account">your account page</Link>.
        </p>
      )}
    </div>
  );
}
