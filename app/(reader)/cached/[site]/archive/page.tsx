// The cached copy of the archive for signed-out readers (lib/reader-routes.ts): the live page's code.
import LivePage from "@/app/(reader)/live/archive/page";
export { metadata } from "@/app/(reader)/live/archive/page";
import { cachedReaderPage } from "@/lib/cached-reader-page";

const cached = cachedReaderPage<{ site: string }>(LivePage);
export default cached.Page;
