import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { clientIpFrom, PEER_HEADER } from '@/lib/auth/client-ip';
import { stampPeerAddress } from '@/lib/auth/peer-address';

const h = (entries: Record<string, string>) => new Headers(entries);

describe('clientIpFrom', () => {
  it('AUTH-5: with no trusted proxy, a rotated X-Forwarded-For never changes the address', () => {
    const seen = new Set(
      ['1.1.1.1', '2.2.2.2, 3.3.3.3', '9.9.9.9, 8.8.8.8, 7.7.7.7'].map((xff) =>
        clientIpFrom(h({ 'x-forwarded-for': xff, [PEER_HEADER]: '203.0.113.5' }), 0),
      ),
    );
    expect([...seen]).toEqual(['203.0.113.5']);
    expect(clientIpFrom(h({ 'x-forwarded-for': '1.1.1.1' }), 0)).toBe('unknown');
  });

  it('AUTH-5: behind N trusted proxies, the entry N from the right; client-sent entries are ignored', () => {
    const chain = (client: string) => `${client}, 198.51.100.7, 10.0.0.2`;
    expect(clientIpFrom(h({ 'x-forwarded-for': chain('6.6.6.6') }), 1)).toBe('10.0.0.2');
    expect(clientIpFrom(h({ 'x-forwarded-for': chain('6.6.6.6') }), 2)).toBe('198.51.100.7');
    expect(clientIpFrom(h({ 'x-forwarded-for': chain('5.5.5.5') }), 2)).toBe('198.51.100.7');
    expect(clientIpFrom(h({ 'x-forwarded-for': '10.0.0.2' }), 3)).toBe('10.0.0.2');
  });
});

describe('stampPeerAddress', () => {
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    stampPeerAddress();
    server = http.createServer((req, res) => {
      const headers = new Headers(req.headers as Record<string, string>);
      res.end(clientIpFrom(headers, 0));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('AUTH-5: the socket address wins over any header a client sends, rotated or forged', async () => {
    const answers = new Set<string>();
    for (const forged of ['1.2.3.4', '5.6.7.8, 9.9.9.9']) {
      const res = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { 'x-forwarded-for': forged, [PEER_HEADER]: forged },
      });
      answers.add(await res.text());
    }
    expect([...answers]).toEqual(['127.0.0.1']);
  });
});
