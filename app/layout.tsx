import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { serverEnv } from "@/lib/env";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { SkipLink } from "@/components/site/skip-link";
import "./globals.css";

const MAIN_ID = "main-content";

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

export default function RootLayout({ children }: { children: ReactNode }) {
  const { SITE_NAME } = serverEnv();
  return (
    <html lang="en">
      <body>
        <SkipLink targetId={MAIN_ID} />
        <SiteHeader siteName={SITE_NAME} />
        {/* tabIndex lets the skip link move keyboard focus here, not just scroll. */}
        <main id={MAIN_ID} tabIndex={-1}>
          {children}
        </main>
        <SiteFooter siteName={SITE_NAME} />
      </body>
    </html>
  );
}
