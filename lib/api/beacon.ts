import 'server-only';

import type { NextRequest } from 'next/server';

import { AppError } from '@/lib/errors';

/**
 * navigator.sendBeacon posts a string body as text/plain;charset=UTF-8 (a "simple" request: no
 * preflight), so the JSON-only rule of requireSameOriginJson cannot apply. Instead: only text/plain
 * or JSON bodies, and the browser's own Origin / Sec-Fetch-Site must say same-origin (NEXT-7).
 */
export function requireSameOriginBeacon(req: NextRequest, appUrl: string): void {
  const type = (req.headers.get('content-type') ?? '').toLowerCase();
  if (!type.startsWith('text/plain') && !type.startsWith('application/json'))
    throw new AppError('BAD_REQUEST', 'Errors.unsupportedContentType');
  const origin = req.headers.get('origin');
  const site = req.headers.get('sec-fetch-site');
  const sameOrigin = origin ? origin === new URL(appUrl).origin : site === 'same-origin';
  if (!sameOrigin) throw new AppError('FORBIDDEN', 'Errors.crossOrigin');
}

/**
 * Reads at most `limit` bytes of the body, refusing larger ones before parsing: first by the
 * declared Content-Length, then while streaming (a chunked body has none), so a 10 MB post is cut
 * off after 16 KB instead of being buffered.
 */
export async function readBodyLimited(req: NextRequest, limit: number): Promise<string> {
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (declared > limit) throw new AppError('PAYLOAD_TOO_LARGE', 'Errors.bodyTooLarge');
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new AppError('PAYLOAD_TOO_LARGE', 'Errors.bodyTooLarge');
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
