/** A small ranked table, or one line when there is nothing to rank. */
export function RankTable({
  headers,
  rows,
  empty,
}: {
  headers: string[];
  rows: { key: string; cells: string[] }[];
  empty: string;
}) {
  if (rows.length === 0) return <p className="text-muted-foreground text-sm">{empty}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="text-muted-foreground text-xs uppercase">
          <tr>
            {headers.map((h, i) => (
              <th key={h} scope="col" className={i === 0 ? 'py-2 pr-3' : 'py-2 pr-3 text-right'}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} className="border-t">
              {r.cells.map((c, i) => (
                <td key={i} className={i === 0 ? 'py-2 pr-3' : 'py-2 pr-3 text-right tabular-nums'}>
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
