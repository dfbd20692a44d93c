import { expect, test } from '@playwright/test';

/** The static headers of next.config.mjs, spelled out so that removing one fails here. */
const EXPECTED: Record<string, string> = {
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy':
    'camera=(), microphone=(), geolocation=(), payment=(self "https://js.stripe.com"), usb=(), interest-cohort=()',
  'cross-origin-opener-policy': 'same-origin',
};

test('WEB-3: a page, a route handler and a static file carry every static security header', async ({
  request,
}) => {
  for (const path of ['/', '/api/health', '/og.png']) {
    const headers = (await request.get(path)).headers();
    for (const [name, value] of Object.entries(EXPECTED))
      expect(headers[name], `${path} ${name}`).toBe(value);
    expect(headers['x-powered-by'], path).toBeUndefined();
  }
});
