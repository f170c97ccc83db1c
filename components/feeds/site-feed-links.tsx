import { feedAlternateTypes } from "@/lib/feeds/feed-paths";

/**
 * <link rel="alternate"> for the site's feeds on every page. Rendered as elements rather than
 * through the metadata API because a page's own `alternates` (its canonical URL) replaces the
 * layout's; React places these <link>s in <head> wherever they are rendered.
 */
export function SiteFeedLinks({ siteName }: { siteName: string }) {
  const types = feedAlternateTypes({ kind: "site" }, siteName);
  return Object.entries(types).flatMap(([type, links]) =>
    links.map((link) => <link key={link.url} rel="alternate" type={type} href={link.url} title={link.title} />),
  );
}
