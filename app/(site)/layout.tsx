import type { ReactNode } from "react";
import { LiveSiteChrome } from "@/components/site/live-site-chrome";

// Rendered for each request, with the reader's account menu (docs/decisions/0011-reader-page-cache.md).
export default function Layout({ children }: { children: ReactNode }) {
  return <LiveSiteChrome>{children}</LiveSiteChrome>;
}
