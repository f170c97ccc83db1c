import type { ReactNode } from "react";
import { Pager } from "@/components/ui/pager";

export type TAdminListProps = {
  /** True when there is nothing to list: `empty` is shown instead of `children`. */
  isEmpty: boolean;
  /** A sentence shown instead of an empty list. */
  empty: ReactNode;
  /** Keyset paging (components/ui/pager.tsx): the next page, and the first from a later one. */
  pager?: Parameters<typeof Pager>[0];
  children: ReactNode;
};

/**
 * The frame of every newsroom list: the list, or a sentence when it is empty, then the pager.
 * Tables go through AdminTable (admin-table.tsx); card lists (images, email) use this directly.
 */
export function AdminList({ isEmpty, empty, pager, children }: TAdminListProps) {
  return (
    <>
      {isEmpty ? <p>{empty}</p> : children}
      {pager ? <Pager {...pager} /> : null}
    </>
  );
}
