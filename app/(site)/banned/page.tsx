import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { getSessionState } from "@/lib/auth/current-user";
import { signOutAction } from "@/app/(auth)/sign-out/actions";

export const metadata: Metadata = { title: "Account suspended", robots: { index: false } };

/** Where the guards send a banned reader: why, and the way out. Anyone else has no business here. */
export default async function BannedPage() {
  const state = await getSessionState();
  if (state.kind !== "banned") redirect("/");
  return (
    <div className="page page--narrow page--auth">
      <h1>Your account is suspended</h1>
      <p className="lede">You can still read every story, but you cannot comment or use your account.</p>
      <section className="notice" aria-labelledby="ban-reason-heading">
        <h2 id="ban-reason-heading" className="notice__title">
          Reason given
        </h2>
        <p className="ban-reason">{state.reason}</p>
      </section>
      <p>If you think this is a mistake, reply to any email we have sent you and tell us why.</p>
      <SignOutButton action={signOutAction} />
    </div>
  );
}
