import { describe, expect, it } from 'vitest';

import { buildCsp, newNonce, STRIPE_CHECKOUT_ORIGIN } from '@/lib/security/csp';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

const base = { nonce: 'bm9uY2U=', dev: false, https: false };

describe('buildCsp', () => {
  it('WEB-2: scripts only with the nonce and strict-dynamic; no unsafe-eval or unsafe-inline in a build', () => {
    const d = directives(buildCsp(base));
    expect(d.get('script-src')).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
    expect(d.get('default-src')).toEqual(["'self'"]);
  });

  it('WEB-2: unsafe-eval only for next dev', () => {
    expect(directives(buildCsp({ ...base, dev: true })).get('script-src')).toContain(
      "'unsafe-eval'",
    );
  });

  it('WEB-2: no framing, no plugins, no foreign base or connect targets', () => {
    const d = directives(buildCsp(base));
    expect(d.get('frame-ancestors')).toEqual(["'none'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'self'"]);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    expect(d.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(d.get('media-src')).toEqual(["'self'", 'blob:']);
    expect(d.get('frame-src')).toEqual(["'self'", 'blob:']);
    expect(d.get('worker-src')).toEqual(["'self'", 'blob:']);
  });

  it('WEB-2: forms post to us and to Stripe Checkout, plus the configured checkout origin only', () => {
    expect(directives(buildCsp(base)).get('form-action')).toEqual([
      "'self'",
      STRIPE_CHECKOUT_ORIGIN,
    ]);
    const withEmulator = buildCsp({ ...base, checkoutOrigin: 'http://127.0.0.1:12111/path' });
    expect(directives(withEmulator).get('form-action')).toEqual([
      "'self'",
      STRIPE_CHECKOUT_ORIGIN,
      'http://127.0.0.1:12111',
    ]);
  });

  it('WEB-2: upgrade-insecure-requests only when served over https', () => {
    expect(directives(buildCsp(base)).has('upgrade-insecure-requests')).toBe(false);
    expect(directives(buildCsp({ ...base, https: true })).has('upgrade-insecure-requests')).toBe(
      true,
    );
  });

  it('WEB-2: a fresh, unguessable nonce each time', () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const n of nonces) expect(Buffer.from(n, 'base64')).toHaveLength(16);
  });
});
