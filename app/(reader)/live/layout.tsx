import type { ReactNode } from "react";
import { LiveSiteChrome } from "@/components/site/live-site-chrome";

// The live copy of the reader pages: rendered for each request, for signed-in readers and for
// paged or sorted addresses (lib/reader-routes.ts, docs/decisions/0011-reader-page-cache.md).
export default function LiveReaderLayout({ children }: { children: ReactNode }) {
  return <LiveSiteChrome>{children}</LiveSiteChrome>;
}
