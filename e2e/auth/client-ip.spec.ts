import { expect, test } from '@playwright/test';

import { startSecondServer, without } from '../fixtures/second-server';
import { uniqueEmail } from '../fixtures/auth-flows';

/**
 * The e2e server trusts one proxy (TRUSTED_PROXY_HOPS=1, Playwright plays it). This one is exposed
 * directly (no TRUSTED_PROXY_HOPS): a client that invents a new X-Forwarded-For per request must
 * still hit the per-IP limit, because the address comes from the socket.
 */
test('AUTH-5: with no trusted proxy, rotating X-Forwarded-For does not escape the sign-in limit', async ({}, info) => {
  test.setTimeout(90_000);
  const server = await startSecondServer(info.project.name, 60, without('TRUSTED_PROXY_HOPS'));
  try {
    const email = uniqueEmail('rotate');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const headers = {
        'x-forwarded-for': `203.0.113.${i + 1}`,
        'x-zhishi-peer': `198.51.100.${i}`,
      };
      const csrfRes = await fetch(`${server.url}/api/auth/csrf`, { headers });
      const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
      const cookie = csrfRes.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      const res = await fetch(`${server.url}/api/auth/callback/credentials`, {
        method: 'POST',
        redirect: 'manual',
        headers: { ...headers, cookie, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ email, password: `guess ${i}`, csrfToken, callbackUrl: '/' }),
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 5)).toEqual([302, 302, 302, 302, 302]);
    expect(statuses[5]).toBe(429);
  } finally {
    server.stop();
  }
});
