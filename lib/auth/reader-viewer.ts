import "server-only";
import { cache } from "react";
import { getCurrentUser, type TCurrentUser } from "./current-user";

export type TReaderViewer = TCurrentUser;

// Per request (React's cache is scoped to one server render): is this the cached copy of a
// reader page? Set by the cached copy's page wrappers before anything asks who is reading.
const readerRender = cache(() => ({ isCachedCopy: false }));

/**
 * Marks this render as the cached copy of a reader page (app/(reader)/cached): it is rendered
 * once for every signed-out reader, so it must not look at the session. Called by the wrapper
 * pages and their generateMetadata before the shared page code runs.
 */
export function markCachedReaderRender(): void {
  readerRender().isCachedCopy = true;
}

/**
 * The signed-in reader on a reader page (home, article, author, tag, search, archive), or null.
 * Reader pages ask only through here, never through cookies() or getCurrentUser() directly:
 * the cached copy is served to every signed-out reader (docs/decisions/0011-reader-page-cache.md)
 * and must not read the session (Next would refuse: a static page turning dynamic), and this is
 * the one place that knows which copy is rendering.
 */
export async function getReaderViewer(): Promise<TReaderViewer | null> {
  if (readerRender().isCachedCopy) return null;
  return getCurrentUser();
}
