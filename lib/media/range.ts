/**
 * HTTP byte ranges for the media route (UPLOAD-6). One range only: `bytes=a-b`, `bytes=a-` and the
 * suffix `bytes=-n`. Multi-range requests get the whole file (200) instead of multipart, which
 * players never need and which would let one request fan out into many reads.
 */
export type RangeResult =
  { kind: 'full' } | { kind: 'partial'; start: number; end: number } | { kind: 'unsatisfiable' };

const SINGLE = /^bytes=(\d*)-(\d*)$/;

export function parseRange(header: string | null | undefined, size: number): RangeResult {
  if (!header) return { kind: 'full' };
  const value = header.trim();
  if (!value.startsWith('bytes=') || value.includes(',')) return { kind: 'full' };
  const m = SINGLE.exec(value);
  if (!m) return { kind: 'unsatisfiable' };
  const [, a = '', b = ''] = m;
  if (a === '' && b === '') return { kind: 'unsatisfiable' };
  if (a === '') {
    // Suffix range: the last n bytes.
    const n = Number(b);
    if (!Number.isSafeInteger(n) || n === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(a);
  if (!Number.isSafeInteger(start) || start >= size) return { kind: 'unsatisfiable' };
  const wanted = b === '' ? size - 1 : Number(b);
  if (!Number.isSafeInteger(wanted) || wanted < start) return { kind: 'unsatisfiable' };
  // An end past the file is clamped (RFC 9110 §14.1.2), not refused.
  return { kind: 'partial', start, end: Math.min(wanted, size - 1) };
}
