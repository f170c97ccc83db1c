import "server-only";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { markCachedReaderRender } from "@/lib/auth/reader-viewer";

type TQuery = Record<string, string | string[] | undefined>;
type TLiveProps<P> = { params: Promise<P>; searchParams: Promise<TQuery> };

/**
 * Turns a live reader page into its cached copy (app/(reader)/cached): same code, marked so
 * getReaderViewer() answers "signed out" without reading the session. The cached copy never
 * sees the query string (requests with a query that matters go to the live copy); a page whose
 * one query parameter is cached per value (search's `q`) gets it back from its path through
 * `queryFromParams` (lib/reader-routes.ts says which).
 */
export function cachedReaderPage<P>(
  LivePage: (props: TLiveProps<P>) => Promise<ReactNode> | ReactNode,
  liveMetadata?: (props: TLiveProps<P>) => Promise<Metadata> | Metadata,
  queryFromParams: (params: P) => TQuery = () => ({}),
) {
  const liveProps = (params: Promise<P>): TLiveProps<P> => ({ params, searchParams: params.then(queryFromParams) });
  return {
    Page({ params }: { params: Promise<P> }) {
      markCachedReaderRender();
      return LivePage(liveProps(params));
    },
    generateMetadata({ params }: { params: Promise<P> }) {
      markCachedReaderRender();
      return liveMetadata ? liveMetadata(liveProps(params)) : {};
    },
  };
}
