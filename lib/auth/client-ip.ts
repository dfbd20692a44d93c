import { env } from '@/lib/env';

/**
 * The client address as our own reverse proxy reports it, from the one header the deployment trusts
 * (env.TRUSTED_IP_HEADER). For a list header such as X-Forwarded-For the last entry is the one our
 * proxy appended; entries to its left are whatever the client sent.
 */
export function clientIpFrom(
  headers: Pick<Headers, 'get'>,
  headerName: string = env.TRUSTED_IP_HEADER,
): string {
  const raw = headers.get(headerName);
  if (!raw) return 'unknown';
  const parts = raw
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const last = parts[parts.length - 1] ?? 'unknown';
  return last.slice(0, 45);
}
