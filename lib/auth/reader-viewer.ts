import "server-only";
import { getCurrentUser, type TCurrentUser } from "./current-user";

export type TReaderViewer = TCurrentUser;

/**
 * The signed-in reader on a reader page (home, article, author, tag, search, archive), or null.
 * Reader pages ask only through here, never through cookies() or getCurrentUser() directly:
 * signed-out readers are to be served from the full-route cache (docs/decisions/0003), and this
 * is the one place that decides when a page may look at the session.
 */
export async function getReaderViewer(): Promise<TReaderViewer | null> {
  return getCurrentUser();
}
