// The cached copy of the front page for signed-out readers (lib/reader-routes.ts): the live page's code.
import LivePage, { generateMetadata as liveMetadata } from "@/app/(reader)/live/page";
import { cachedReaderPage } from "@/lib/cached-reader-page";

const cached = cachedReaderPage<{ site: string }>(LivePage, liveMetadata);
export default cached.Page;
export const generateMetadata = cached.generateMetadata;
