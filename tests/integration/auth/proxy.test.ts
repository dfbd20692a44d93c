import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';

import { proxy } from '@/proxy';

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
});
