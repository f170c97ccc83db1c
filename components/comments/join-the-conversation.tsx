import Link from "next/link";
import type { TCommentGate } from "@/lib/comments/comment-gate";

/**
 * Instead of the comment form, for readers who cannot post here: signed-out readers learn how
 * to join, free members on a VIP thread how to become a VIP member. Nothing when comments are
 * closed (the thread says so) or when the reader may comment (they get the form).
 */
export function JoinTheConversation({ gate, returnTo }: { gate: TCommentGate; returnTo: string }) {
  if (gate === "sign-in") {
    return (
      <section className="join" aria-labelledby="join-heading">
        <h3 id="join-heading">Join the conversation</h3>
        <p>
          Members can comment and reply. <Link href={`/sign-in?next=${encodeURIComponent(`${returnTo}#comments`)}`}>Sign in</Link> or{" "}
          <Link href="/sign-up">create a free account</Link>.
        </p>
      </section>
    );
  }
  if (gate === "vip-only") {
    return (
      <section className="join" aria-labelledby="join-heading">
        <h3 id="join-heading">Join the conversation as a VIP member</h3>
        <p>
          Comments on this story are open to VIP members. To become one, reply to any email from us or write to our
          membership desk: your account is upgraded as soon as it is arranged, and you can comment here straight away.
          Everyone can read the conversation.
        </p>
      </section>
    );
  }
  return null;
}
