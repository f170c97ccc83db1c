
/** A plain form posting to the sign-out action: works without JavaScript, and a link cannot sign anyone out. */
export function SignOutButton({ action }: { action: () => Promise<void> }) {
  return (
    <form action={action} className="auth-inline-form">
      <button type="submit" className="auth-quiet-button">
        Sign out
      </button>
    </form>
  );
}
