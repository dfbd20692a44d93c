import { env } from '@/lib/env';

/**
 * The header instrumentation.ts stamps on every request with the TCP peer's address (see
 * lib/auth/peer-address.ts). Any copy a client sends is overwritten before Next.js sees the request.
 */
export const PEER_HEADER = 'x-zhishi-peer';

/**
 * The client address for rate limits (AUTH-5), never one a client can choose:
 * - `hops` = 0 (no proxy in front): the socket peer. X-Forwarded-For is ignored, because `next start`
 *   keeps a client's own X-Forwarded-For as is and only fills it from the socket when it is absent.
 * - `hops` = N: N trusted proxies each append the address they saw, so the entry N from the right
 *   is what the outermost trusted proxy saw; entries further left are whatever the client sent.
 * Missing information gives 'unknown', one shared bucket, never a fresh one per request.
 */
export function clientIpFrom(
  headers: Pick<Headers, 'get'>,
  hops: number = env.TRUSTED_PROXY_HOPS,
): string {
  if (hops <= 0) return clean(headers.get(PEER_HEADER));
  const parts = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return clean(headers.get(PEER_HEADER));
  // Fewer entries than proxies: the request skipped one; the leftmost is still a proxy's own entry.
  return clean(parts[Math.max(parts.length - hops, 0)]);
}

function clean(value: string | null | undefined): string {
  const v = value?.trim();
  return v ? v.replace(/^::ffff:/, '').slice(0, 45) : 'unknown';
}
