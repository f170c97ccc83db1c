import { decodeKeysetCursor, type TKeysetCursor } from "./keyset-cursor";
import { singleSearchParam } from "./single-search-param";

export type TSearchParams = Record<string, string | string[] | undefined>;

/**
 * The keyset cursor of a list page's `?after=`. A cursor that does not decode (mistyped,
 * truncated, forged) means the first page: null.
 */
export async function afterCursor(searchParams: Promise<TSearchParams>): Promise<TKeysetCursor | null> {
  return decodeKeysetCursor(singleSearchParam((await searchParams).after));
}

/** Later pages are not indexed (their first page is the canonical address) but are followed. */
export function laterPageRobots(cursor: TKeysetCursor | null): { index: false; follow: true } | undefined {
  return cursor ? { index: false, follow: true } : undefined;
}
