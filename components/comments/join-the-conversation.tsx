import Link from "next/link";

type TCommentPolicy = "OPEN" | "VIP" | "CLOSED";

/** For signed-out readers: how to take part. Signed-in readers will get the form here instead. */
export function JoinTheConversation({ policy, returnTo }: { policy: TCommentPolicy; returnTo: string }) {
  if (policy === "CLOSED") return null;
  return (
    <section className="join" aria-labelledby="join-heading">
      <h3 id="join-heading">Join the conversation</h3>
      <p>
        {policy === "VIP"
          ? "Comments on this story are open to VIP members. "
          : "Readers with an account can comment and reply. "}
        <Link href={`/sign-in?next=${encodeURIComponent(`${returnTo}#comments`)}`}>Sign in</Link> or <Link href="/sign-up">create a free account</Link>.
      </p>
    </section>
  );
}
