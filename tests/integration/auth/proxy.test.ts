import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';

import { config, proxy } from '@/proxy';

function req(path: string, cookie?: string) {
  return new NextRequest(new URL(path, 'http://localhost:3000'), {
    headers: cookie ? { cookie } : {},
  });
}

describe('proxy (optimistic only)', () => {
  it('NEXT-1: sends a visitor without a session cookie on a private path to sign-in with a relative callbackUrl', () => {
    const res = proxy(req('/admin/users?q=a'));
    expect(res.status).toBe(307);
    const location = new URL(res.headers.get('location')!);
    expect(location.pathname).toBe('/sign-in');
    expect(location.searchParams.get('callbackUrl')).toBe('/admin/users?q=a');
  });

  it('NEXT-1: lets any cookie-bearing request through, because the data layer does the real check', () => {
    const res = proxy(req('/studio', 'authjs.session-token=garbage'));
    expect(res.headers.get('location')).toBeNull();
  });

  it('WEB-2: every page response carries a CSP whose nonce changes per request and reaches the render', () => {
    const a = proxy(req('/'));
    const b = proxy(req('/courses/x', 'authjs.session-token=garbage'));
    const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? '')?.[1];
    const csp = a.headers.get('content-security-policy');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(nonceOf(csp)).toBeTruthy();
    expect(nonceOf(b.headers.get('content-security-policy'))).not.toBe(nonceOf(csp));
    // Next.js reads the nonce from the forwarded request header (x-middleware-request-*).
    expect(a.headers.get('x-middleware-request-content-security-policy')).toBe(csp);
  });

  it('NEXT-1: runs on every page and skips route handlers and static files', () => {
    const matcher = new RegExp(`^${config.matcher[0]!}$`);
    for (const path of ['/', '/courses/go-basics', '/admin/users', '/sign-in'])
      expect(matcher.test(path), path).toBe(true);
    for (const path of ['/api/health', '/_next/static/chunks/a.js', '/og.png', '/robots.txt'])
      expect(matcher.test(path), path).toBe(false);
  });
});
