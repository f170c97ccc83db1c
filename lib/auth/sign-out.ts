import "server-only";
import { clearSessionCookie } from "./session-cookie";

/**
 * Ends this browser's session. Other devices stay signed in; ending those means bumping the
 * user's tokenVersion (a password reset does).
 */
export async function signOut(): Promise<void> {
  await clearSessionCookie();
}
