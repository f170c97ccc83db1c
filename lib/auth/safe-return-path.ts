// Where to send a reader after signing in. `?next=` comes from the address bar, so anyone can
// put anything there: only a path on this site is accepted, never another origin (an open
// redirect would let a phishing link borrow our sign-in page).

export const DEFAULT_RETURN_PATH = "/";

const MAX_RETURN_PATH_LENGTH = 2000;
// Control characters and whitespace: browsers strip tabs and newlines from URLs, so "/\t/x"
// would become "//x" after our check. Backslashes: browsers read "/\x" as "//x".
const UNSAFE_CHARACTERS = /[\u0000-\u0020\u007f-\u009f\\]/;
const PROBE_ORIGIN = "http://masthead.invalid";

/** A same-site path ("/articles/x?y=1"), or "/" for anything else. */
export function safeReturnPath(raw: unknown): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > MAX_RETURN_PATH_LENGTH) return DEFAULT_RETURN_PATH;
  if (!raw.startsWith("/") || raw.startsWith("//")) return DEFAULT_RETURN_PATH;
  if (UNSAFE_CHARACTERS.test(raw)) return DEFAULT_RETURN_PATH;
  // Last line of defence: however a browser resolves it, it must stay on our origin.
  try {
    if (new URL(raw, PROBE_ORIGIN).origin !== PROBE_ORIGIN) return DEFAULT_RETURN_PATH;
  } catch {
    return DEFAULT_RETURN_PATH;
  }
  return raw;
}
