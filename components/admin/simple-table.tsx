/** A plain table of text cells, or one line when there are no rows. Numbers align right. */
export function SimpleTable({
  headers,
  rows,
  empty,
  numeric = [],
}: {
  headers: string[];
  rows: { key: string | number; cells: React.ReactNode[] }[];
  empty: string;
  /** Indexes of the columns that hold numbers. */
  numeric?: number[];
}) {
  if (rows.length === 0) return <p className="text-muted-foreground text-sm">{empty}</p>;
  const align = (i: number) => (numeric.includes(i) ? 'p-3 text-right tabular-nums' : 'p-3');
  return (
    <div className="overflow-x-auto rounded-md border">
      <table className="w-full text-left text-sm">
        <thead className="bg-muted/60 text-xs uppercase">
          <tr>
            {headers.map((h, i) => (
              <th key={h} scope="col" className={align(i)}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-t">
              {r.cells.map((c, i) => (
                <td key={i} className={align(i)}>
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
