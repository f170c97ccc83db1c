// Addresses of an imported site's old pages (WordPress and Ghost permalinks, archives, feeds),
// sent to app/(site)/old-address/[...path]/route.ts, which answers with a 301 to the new page.
// Read by next.config.ts (no "server-only"). The fallback phase runs only after every page and
// route of ours failed to match, so none of these can shadow a Masthead address.

type TRewrite = { source: string; destination: string; has?: { type: "query"; key: string; value?: string }[] };

export const OLD_ADDRESS_ROUTE = "/old-address";

/** The first segment that tells the old-address route the address came with a trailing slash. */
export const TRAILING_SLASH_SEGMENT = "~trailing-slash";

/**
 * Before every other rewrite: WordPress's plain permalink /?p=123 (it asks for the front page),
 * and any address ending in "/" (Next's own trailing-slash 308 is off, next.config.ts), which the
 * route answers with a 301 when it is an old address (/2026/09/slug/) and otherwise with the 308
 * to the address without the slash that Next used to give.
 */
export function oldAddressQueryRewrites(): TRewrite[] {
  return [
    { source: "/", has: [{ type: "query", key: "p", value: "(?<p>\\d{1,12})" }], destination: `${OLD_ADDRESS_ROUTE}/p/:p` },
    { source: "/:path+/", destination: `${OLD_ADDRESS_ROUTE}/${TRAILING_SLASH_SEGMENT}/:path+` },
  ];
}

export function oldAddressFallbackRewrites(): TRewrite[] {
  return [
    // Dated permalinks: /2026/09/slug/, /2026/09/14/slug/, and their comment feeds.
    { source: "/:year(\\d{4})/:rest*", destination: `${OLD_ADDRESS_ROUTE}/:year/:rest*` },
    // Archives and feeds: /category/x/, /tag/x/ (Ghost too), /author/x/, /feed/, /rss/.
    { source: "/:kind(category|tag|author|feed|rss|comments)/:rest*", destination: `${OLD_ADDRESS_ROUTE}/:kind/:rest*` },
    // Post-name permalinks (/slug/, as Ghost and many WordPress sites have them).
    { source: "/:slug", destination: `${OLD_ADDRESS_ROUTE}/:slug` },
    { source: "/:slug/:kind(feed|rss|amp)", destination: `${OLD_ADDRESS_ROUTE}/:slug/:kind` },
  ];
}


