import { env } from '@/lib/env';

/**
 * NEXT-6: only same-origin relative paths are followed after sign-in, sign-out and similar flows.
 * Anything else (absolute URLs, protocol-relative `//x`, `/\x`, schemes, control characters,
 * encoded slashes) falls back to `fallback`.
 */
export function safeRedirect(value: unknown, fallback = '/', appUrl: string = env.APP_URL): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2048) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  // Control characters, backslashes and whitespace let browsers reinterpret the path as a host.
  if (/[\u0000-\u001f\u007f\\\s]/.test(value)) return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return fallback;
  }
  if (
    decoded.startsWith('//') ||
    decoded.startsWith('/\\') ||
    /[\u0000-\u001f\u007f]/.test(decoded)
  )
    return fallback;
  try {
    const base = new URL(appUrl);
    const url = new URL(value, base);
    if (url.origin !== base.origin) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
