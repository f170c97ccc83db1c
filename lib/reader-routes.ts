// Which reader pages are served from Next's full-route cache, and to whom
// (docs/decisions/0011-reader-page-cache.md). Read by next.config.ts to build its rewrites; no
// "server-only" marker because the config imports it.
//
// A request for a reader page goes to one of two copies of the page:
// - /cached/site/<path>: rendered once, kept in the full-route cache, expired by cache tags (and
//   at the latest after READER_PAGE_SECONDS). Only for visitors without a session cookie and
//   without the query parameters that make a page personal or paged.
// - /live/<path>: rendered for each request; sees the session and the query string.
// Visitors only ever see the public address: the rewrite is internal, and a direct visit to
// either copy is redirected to the public address.

/** Session cookie names (lib/auth/session-cookie.ts): http and https spellings. */
export const SESSION_COOKIE_NAMES = ["next-auth.session-token", "__Secure-next-auth.session-token"] as const;

/** Segment of the cached copy's root; a dynamic segment, so nothing is rendered at build time. */
export const CACHED_READER_SITE = "site";

export type TReaderRoute = {
  /** The public address pattern, in next.config's path syntax. */
  source: string;
  /** Query parameters that send the request to the live copy (pages, sorting, filters). */
  liveQueryKeys: readonly string[];
  /**
   * A query parameter cached per value: the cached copy lives one path segment deeper, at
   * `<source>/<value>` (app/(reader)/cached/[site]/search/[...q]), and gets it back as its query.
   */
  cachedQueryKey?: string;
};

export const READER_ROUTES: readonly TReaderRoute[] = [
  { source: "/", liveQueryKeys: ["after"] },
  // Comment sorting and later pages live on /articles/:slug/comments, always rendered live.
  { source: "/articles/:slug", liveQueryKeys: [] },
  { source: "/authors/:handle", liveQueryKeys: ["after"] },
  { source: "/tags/:slug", liveQueryKeys: ["after"] },
  { source: "/archive", liveQueryKeys: [] },
  { source: "/archive/:year/:month", liveQueryKeys: ["after"] },
  { source: "/search", liveQueryKeys: ["tag", "author", "from", "to", "page"], cachedQueryKey: "q" },
];

/** Query values that may become a path segment of the cached copy (see readerRewrites). */
const CACHEABLE_QUERY_VALUE = `[A-Za-z0-9 "'.,:-]{1,200}`;

/** How long a cached reader page is served before it is rendered again without any tag expiry. */
export const READER_PAGE_SECONDS = 60;

type TCondition = { type: "cookie" | "query"; key: string; value?: string };
type TRewrite = { source: string; destination: string; has?: TCondition[]; missing?: TCondition[] };
type TRedirect = { source: string; destination: string; permanent: boolean };

function withPrefix(prefix: string, source: string): string {
  return source === "/" ? prefix : `${prefix}${source}`;
}

/** next.config rewrites (beforeFiles): cached copy when nothing personal is asked, else live. */
export function readerRewrites(): TRewrite[] {
  return READER_ROUTES.flatMap((route): TRewrite[] => {
    const cached = withPrefix(`/cached/${CACHED_READER_SITE}`, route.source);
    const live = { source: route.source, destination: withPrefix("/live", route.source) };
    const missing: TCondition[] = [
      ...SESSION_COOKIE_NAMES.map((key) => ({ type: "cookie" as const, key })),
      ...route.liveQueryKeys.map((key) => ({ type: "query" as const, key })),
    ];
    const key = route.cachedQueryKey;
    if (!key) return [{ source: route.source, missing, destination: cached }, live];
    return [
      // A plain value becomes a path segment of the cached copy (the named group fills the
      // destination). Only letters, digits, spaces and the signs search syntax uses: "%", "/",
      // "?" or "#" do not survive the trip through a path, so such values go live.
      {
        source: route.source,
        has: [{ type: "query", key, value: `(?<${key}>${CACHEABLE_QUERY_VALUE})` }],
        missing,
        destination: `${cached}/:${key}`,
      },
      // Without the parameter at all; with it but not plain, on to the live copy.
      { source: route.source, missing: [...missing, { type: "query", key }], destination: cached },
      live,
    ];
  });
}

/** Direct visits to either copy go to the public address (rewrites never pass through here). */
export function readerRedirects(): TRedirect[] {
  return [
    { source: `/cached/${CACHED_READER_SITE}`, destination: "/", permanent: true },
    { source: `/cached/${CACHED_READER_SITE}/:path*`, destination: "/:path*", permanent: true },
    { source: "/live", destination: "/", permanent: true },
    { source: "/live/:path*", destination: "/:path*", permanent: true },
  ];
}

function routePattern(source: string): RegExp {
  const pattern = source === "/" ? "" : source.replace(/:[A-Za-z]+/g, "[^/]+");
  return new RegExp(`^${pattern}/?$`);
}

const READER_ROUTE_PATTERNS = READER_ROUTES.map((route) => ({ route, pattern: routePattern(route.source) }));

/** The reader route a public address belongs to (either copy), as next.config's rewrites match it. */
export function readerRouteFor(pathname: string): TReaderRoute | undefined {
  return READER_ROUTE_PATTERNS.find(({ pattern }) => pattern.test(pathname))?.route;
}

/** Whether a public address is a reader page (either copy). */
export function isReaderPagePath(pathname: string): boolean {
  return readerRouteFor(pathname) !== undefined;
}
