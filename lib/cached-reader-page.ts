import "server-only";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { markCachedReaderRender } from "@/lib/auth/reader-viewer";

type TSearchParams = Promise<Record<string, string | string[] | undefined>>;
type TLiveProps<P> = { params: Promise<P>; searchParams: TSearchParams };

// The cached copy never sees a query string: requests with one that matters go to the live copy.
const NO_SEARCH_PARAMS: TSearchParams = Promise.resolve({});

/**
 * Turns a live reader page into its cached copy (app/(reader)/cached): same code, marked so
 * getReaderViewer() answers "signed out" without reading the session, and given no query.
 */
export function cachedReaderPage<P>(
  LivePage: (props: TLiveProps<P>) => Promise<ReactNode> | ReactNode,
  liveMetadata?: (props: TLiveProps<P>) => Promise<Metadata> | Metadata,
) {
  return {
    Page({ params }: { params: Promise<P> }) {
      markCachedReaderRender();
      return LivePage({ params, searchParams: NO_SEARCH_PARAMS });
    },
    generateMetadata({ params }: { params: Promise<P> }) {
      markCachedReaderRender();
      return liveMetadata ? liveMetadata({ params, searchParams: NO_SEARCH_PARAMS }) : {};
    },
  };
}
