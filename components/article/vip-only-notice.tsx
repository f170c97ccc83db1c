import Link from "next/link";

/** Under the opening of a VIP-only story, for readers who may not read the rest. */
export function VipOnlyNotice({ isSignedIn, returnTo }: { isSignedIn: boolean; returnTo: string }) {
  return (
    <aside className="vip-notice" aria-labelledby="vip-notice-heading">
      <h2 id="vip-notice-heading">The rest of this story is for VIP members</h2>
      {isSignedIn ? (
        <p>
          VIP members read every story in full and join the conversation on VIP-only threads. To become one, reply
          to any email from us or ask our membership desk; your account is upgraded as soon as it is arranged.
        </p>
      ) : (
        <p>
          Already a VIP member? <Link href={`/sign-in?next=${encodeURIComponent(returnTo)}`}>Sign in</Link> to keep
          reading. New here? <Link href="/sign-up">Create a free account</Link> and ask us about VIP membership.
        </p>
      )}
    </aside>
  );
}
