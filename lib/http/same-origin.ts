// No "server-only" marker: proxy.ts imports it too.

/**
 * Whether a state-changing request came from one of our own pages. Browsers send Origin with
 * every POST (forms included); a request whose Origin names another site is a cross-site forgery
 * attempt. Server actions get this check from Next; route handlers that change state call this.
 * The host compared is the one the request was addressed to (X-Forwarded-Host behind a proxy),
 * as Next does for actions.
 */
export function isSameOriginRequest(request: { headers: Pick<Headers, "get"> }): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") !== "cross-site";
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false;
  }
}
