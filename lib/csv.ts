/**
 * RFC 4180 CSV for the studio exports. Text cells that a spreadsheet would run as a formula (CSV
 * injection: a learner's name "=HYPERLINK(…)") are prefixed with a single quote; numbers are written
 * as they are, since a number cannot be a formula.
 */
export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const csvLine = (row: CsvCell[]) => row.map(csvCell).join(',');

/** Header row plus data rows, CRLF line ends, with a BOM so Excel reads UTF-8 (Chinese names). */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  return `\uFEFF${[header, ...rows].map(csvLine).join('\r\n')}\r\n`;
}

function csvHeaders(filename: string): HeadersInit {
  const safeName = filename.replace(/[^A-Za-z0-9._-]/g, '_');
  return {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${safeName}"`,
    'Cache-Control': 'private, no-store',
    'X-Content-Type-Options': 'nosniff',
  };
}

/** A download response: `attachment` with an ASCII file name, never cached. */
export function csvResponse(filename: string, body: string): Response {
  return new Response(body, { headers: csvHeaders(filename) });
}

/**
 * The same download, streamed: the header row at once, then each batch of rows as it is read, so
 * a large table is never held in memory whole. The output is byte for byte what `toCsv` makes.
 */
export function csvStreamResponse(
  filename: string,
  header: string[],
  batches: AsyncIterable<CsvCell[][]>,
): Response {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${csvLine(header)}\r\n`));
    },
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) return controller.close();
      const text = next.value.map((row) => `${csvLine(row)}\r\n`).join('');
      controller.enqueue(encoder.encode(text));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(body, { headers: csvHeaders(filename) });
}

/** Minor units to a plain decimal number for a spreadsheet (both currencies have two decimals). */
export function minorToDecimal(amountMinor: number): number {
  return amountMinor / 100;
}
