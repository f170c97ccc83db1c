import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { AnonymousAccountMenu } from "@/components/site/account-menu";
import { SiteChrome } from "@/components/site/site-chrome";
import { CACHED_READER_SITE } from "@/lib/reader-routes";

// The cached copy of the reader pages, served to signed-out readers (lib/reader-routes.ts,
// docs/decisions/0011-reader-page-cache.md). Nothing is rendered at build time (no known
// params: `next build` needs no database); each page is rendered on its first request, kept in
// the full-route cache, expired by the cache tags of the reads it made, and rendered again at
// the latest after 60 seconds (READER_PAGE_SECONDS; a literal here because Next reads it statically).
export const revalidate = 60;

export function generateStaticParams(): { site: string }[] {
  return [];
}

export default async function CachedReaderLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ site: string }>;
}) {
  if ((await params).site !== CACHED_READER_SITE) notFound();
  return <SiteChrome accountMenu={<AnonymousAccountMenu />}>{children}</SiteChrome>;
}
