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

/** Header row plus data rows, CRLF line ends, with a BOM so Excel reads UTF-8 (Chinese names). */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** A download response: `attachment` with an ASCII file name, never cached. */
export function csvResponse(filename: string, body: string): Response {
  const safeName = filename.replace(/[^A-Za-z0-9._-]/g, '_');
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${safeName}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** Minor units to a plain decimal number for a spreadsheet (both currencies have two decimals). */
export function minorToDecimal(amountMinor: number): number {
  return amountMinor / 100;
}
