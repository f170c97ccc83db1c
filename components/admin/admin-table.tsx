import type { ReactNode } from "react";
import { AdminList, type TAdminListProps } from "./admin-list";

export type TAdminTableColumn<TRow> = {
  /** The column's header text; a node for headers that need more than words (a hidden label). */
  header: ReactNode;
  cell: (row: TRow) => ReactNode;
  /** The cell that names the row: a `<th scope="row">`, so screen readers announce it with each cell. */
  isRowHeader?: boolean;
};

type TAdminTableProps<TRow> = {
  /** Says what the table lists and in which order; read by screen readers, shown when `captionVisible`. */
  caption: string;
  captionVisible?: boolean;
  columns: (TAdminTableColumn<TRow> | null | false)[];
  rows: TRow[];
  rowKey: (row: TRow) => string;
  /** A sentence shown instead of an empty table. */
  empty: TAdminListProps["empty"];
  /** The row the page is about (the selected version, say): marked `aria-current`. */
  isCurrentRow?: (row: TRow) => boolean;
  /** An extra class on the table, for lists with their own column widths. */
  className?: string;
  pager?: TAdminListProps["pager"];
};

/**
 * The newsroom's one list table: a caption, `scope="col"` headers, a row header, an empty-state
 * sentence instead of an empty table, and an optional keyset pager. Columns left out (null,
 * false) are skipped, so a list can show a column only to the people who may use it.
 */
export function AdminTable<TRow>({ caption, captionVisible = false, columns, rows, rowKey, empty, isCurrentRow, className, pager }: TAdminTableProps<TRow>) {
  const shown = columns.filter((column): column is TAdminTableColumn<TRow> => Boolean(column));
  return (
    <AdminList isEmpty={rows.length === 0} empty={empty} pager={pager}>
      <div className="admin-table-wrap">
        <table className={className ? `admin-table ${className}` : "admin-table"}>
          <caption className={captionVisible ? undefined : "visually-hidden"}>{caption}</caption>
          <thead>
            <tr>
              {shown.map((column, index) => (
                <th key={index} scope="col">
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={rowKey(row)} aria-current={isCurrentRow?.(row) ? "true" : undefined}>
                {shown.map((column, index) =>
                  column.isRowHeader ? (
                    <th key={index} scope="row">
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={index}>{column.cell(row)}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </AdminList>
  );
}
