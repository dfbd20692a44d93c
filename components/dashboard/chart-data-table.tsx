/**
 * The numbers behind a chart as a real table inside a disclosure: the accessible alternative to the
 * SVG (WCAG 1.1.1), also handy for sighted users who want exact values.
 */
export function ChartDataTable({
  summaryLabel,
  caption,
  columns,
  rows,
}: {
  summaryLabel: string;
  caption: string;
  columns: string[];
  rows: { key: string; cells: React.ReactNode[] }[];
}) {
  return (
    <details className="mt-3 text-sm">
      <summary className="text-primary focus-visible:outline-ring cursor-pointer rounded-md focus-visible:outline-2">
        {summaryLabel}
      </summary>
      <div className="mt-2 max-h-72 overflow-auto rounded-md border">
        <table className="w-full text-left tabular-nums">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-muted sticky top-0">
            <tr>
              {columns.map((c) => (
                <th key={c} scope="col" className="px-3 py-2 font-medium">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key} className="border-t">
                {row.cells.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row" className="px-3 py-1.5 font-normal">
                      {cell}
                    </th>
                  ) : (
                    <td key={i} className="px-3 py-1.5">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
