import { signOutAction } from "@/app/(auth)/sign-out/actions";

/** A plain form posting to the sign-out action: works without JavaScript, and a link cannot sign anyone out. */
export function SignOutButton() {
  return (
    <form action={signOutAction} className="auth-inline-form">
      <button type="submit" className="auth-quiet-button">
        Sign out
      </button>
    </form>
  );
}
