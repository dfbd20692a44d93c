/**
 * Browser-side helpers for the upload widgets: which message key an upload error stands for, and
 * sizes for people. Pure, so the widget and its tests share them.
 */

type ErrorWithResponse = Error & {
  originalResponse?: { getStatus(): number; getBody(): string } | null;
};

/** The server's message key from a tus error body, or a key for a failure with no answer. */
export function uploadErrorKey(err: unknown): string {
  const response = (err as ErrorWithResponse | null)?.originalResponse;
  if (!response) return 'StudioMedia.errors.network';
  try {
    const body = JSON.parse(response.getBody()) as { error?: { key?: unknown } };
    const key = body.error?.key;
    if (typeof key === 'string' && /^[A-Za-z]+(\.[A-Za-z]+)+$/.test(key)) return key;
  } catch {
    // Not our JSON (a proxy's error page): fall through to the status.
  }
  return response.getStatus() === 413 ? 'StudioMedia.errors.tooLarge' : 'Errors.generic';
}

/** Retry only what may pass on a second try: network failures, 409/423 (offset, lock) and 5xx. */
export function shouldRetryUpload(err: unknown): boolean {
  const status = (err as ErrorWithResponse | null)?.originalResponse?.getStatus() ?? 0;
  return status === 0 || status === 409 || status === 423 || status >= 500;
}

const UNITS = ['B', 'KB', 'MB', 'GB'] as const;

/** 2147483648 → "2 GB", 10485760 → "10 MB" (binary multiples, as the limits are set). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = value >= 10 || Number.isInteger(value) ? Math.round(value) : value.toFixed(1);
  return `${shown} ${UNITS[unit]}`;
}

/** 83 → "1:23", 3723 → "1:02:03". */
export function formatClock(totalSec: number): string {
  const s = Math.max(0, Math.round(totalSec));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}
