import type { TChartTable } from "@/lib/analytics/chart-tables";

type TChartDataTableProps = { table: TChartTable; caption: string; csvHref: string; open?: boolean };

/** The numbers behind a chart, as a table (collapsed by default; no script needed) and as CSV. */
export function ChartDataTable({ table, caption, csvHref, open = false }: TChartDataTableProps) {
  return (
    <div className="chart-data">
      <details open={open}>
        <summary>Show the numbers as a table</summary>
        <div className="admin-table-wrap">
          <table className="admin-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                {table.header.map((heading) => (
                  <th key={heading} scope="col">
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, index) => (
                <tr key={index}>
                  {row.map((cell, column) =>
                    column === 0 ? (
                      <th key={column} scope="row">
                        {cell ?? "–"}
                      </th>
                    ) : (
                      <td key={column}>{cell ?? "–"}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <p>
        <a href={csvHref} download>
          Download these numbers (CSV)
        </a>
      </p>
    </div>
  );
}
