import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { serverEnv } from "@/lib/env";
import { SiteFeedLinks } from "@/components/feeds/site-feed-links";
import { MAIN_CONTENT_ID } from "@/components/site/site-chrome";
import { SkipLink } from "@/components/site/skip-link";
import "./globals.css";

export function generateMetadata(): Metadata {
  const { SITE_NAME, SITE_URL } = serverEnv();
  return {
    metadataBase: new URL(SITE_URL),
    title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
    description: `${SITE_NAME}: news and opinion.`,
    openGraph: { siteName: SITE_NAME, type: "website" },
  };
}

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#161513" },
  ],
};

// The header, main and footer come from each route group's layout (components/site/site-chrome.tsx):
// cached reader pages and per-request pages need different account menus.
export default function RootLayout({ children }: { children: ReactNode }) {
  const { SITE_NAME } = serverEnv();
  return (
    <html lang="en">
      <body>
        <SiteFeedLinks siteName={SITE_NAME} />
        <SkipLink targetId={MAIN_CONTENT_ID} />
        {children}
      </body>
    </html>
  );
}
