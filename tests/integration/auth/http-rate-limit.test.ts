import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));

import { GET, POST } from '@/app/api/auth/[...nextauth]/route';
import { createTestUser } from '@/tests/support/auth-users';

const BASE = 'http://localhost:3000/api/auth';
/** Errors.rateLimited in English (no locale cookie or Accept-Language), for the seconds left. */
const RATE_LIMITED_TEXT = expect.stringMatching(
  /^Too many attempts\. Please try again in \d+ seconds?\.$/,
);

async function csrf(ip: string) {
  const res = await GET(new NextRequest(`${BASE}/csrf`, { headers: { 'x-forwarded-for': ip } }));
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { csrfToken, cookie };
}

async function post(email: string, password: string, ip: string) {
  const { csrfToken, cookie } = await csrf(ip);
  return POST(
    new NextRequest(`${BASE}/callback/credentials`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie,
        'x-forwarded-for': ip,
      },
      body: new URLSearchParams({ email, password, csrfToken, callbackUrl: '/' }),
    }),
  );
}

describe('credentials endpoint over HTTP', () => {
  it('AUTH-5: five wrong passwords, then 429 with Retry-After; the owner from another IP still signs in', async () => {
    const user = await createTestUser();
    const attacker = '203.0.113.250';
    for (let i = 0; i < 5; i++) {
      const res = await post(user.email, `wrong-${i}-password`, attacker);
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toContain('error=CredentialsSignin');
    }
    const blocked = await post(user.email, user.password, attacker);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await blocked.json()).toEqual({
      error: { code: 'RATE_LIMITED', key: 'Errors.rateLimited', message: RATE_LIMITED_TEXT },
    });

    const ghost = await (async () => {
      for (let i = 0; i < 5; i++)
        await post('ghost-http@test.local', `wrong-${i}-password`, attacker);
      return post('ghost-http@test.local', 'whatever-password', attacker);
    })();
    expect(ghost.status).toBe(429);
    expect(await ghost.json()).toEqual({
      error: { code: 'RATE_LIMITED', key: 'Errors.rateLimited', message: RATE_LIMITED_TEXT },
    });

    const owner = await post(user.email, user.password, '198.18.0.7');
    expect(owner.status).toBe(302);
    expect(owner.headers.get('location')).not.toContain('error');
    expect(owner.headers.getSetCookie().some((c) => c.startsWith('authjs.session-token='))).toBe(
      true,
    );
  });
});
