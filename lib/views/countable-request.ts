// Which requests to /api/views count as a reader's view. Only headers are looked at; nothing
// is stored. A view that is not counted is not an error: the beacon gets the same answer.

export type TViewHeaders = {
  userAgent: string | null;
  /** Sec-Purpose (standard) or Purpose (older Chrome), e.g. "prefetch" or "prefetch;prerender". */
  purpose: string | null;
  /** Sec-Fetch-Site: the browser says whether the request comes from our own pages. */
  fetchSite: string | null;
};

export type TUncountedReason = "no-user-agent" | "bot" | "prefetch" | "cross-site";

// Crawlers, link previewers, monitoring, headless and scripted clients. Real browsers' agents
// contain none of these words; the list errs on the side of not counting.
const BOT_USER_AGENT =
  /bot\b|bot\/|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|headless|lighthouse|pagespeed|phantomjs|selenium|puppeteer|playwright|monitor|uptime|pingdom|statuscake|curl\/|wget\/|python|httpclient|okhttp|go-http-client|java\/|node-fetch|undici|axios|libwww|scrapy|feed|rss|^mozilla\/5\.0$/i;

export function uncountedReason(headers: TViewHeaders): TUncountedReason | null {
  const userAgent = headers.userAgent?.trim() ?? "";
  if (userAgent.length === 0) return "no-user-agent";
  if (BOT_USER_AGENT.test(userAgent)) return "bot";
  if (headers.purpose && /prefetch|prerender/i.test(headers.purpose)) return "prefetch";
  // A page on another site cannot make our readers count views (their browsers say so); old
  // browsers send no Sec-Fetch-Site at all and are counted.
  if (headers.fetchSite && headers.fetchSite !== "same-origin") return "cross-site";
  return null;
}
