// The cached copy of an article page for signed-out readers (lib/reader-routes.ts): the live page's code.
import LivePage, { generateMetadata as liveMetadata } from "@/app/(reader)/live/articles/[slug]/page";
import { cachedReaderPage } from "@/lib/cached-reader-page";

const cached = cachedReaderPage<{ site: string; slug: string }>(LivePage, liveMetadata);
export default cached.Page;
export const generateMetadata = cached.generateMetadata;

// None at build time (no database then): each page is rendered on its first request, then cached.
export function generateStaticParams(): never[] {
  return [];
}
