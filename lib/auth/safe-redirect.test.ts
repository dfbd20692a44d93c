import { describe, expect, it } from 'vitest';

import { safeRedirect } from '@/lib/auth/safe-redirect';

const APP = 'https://zhishi.example';

describe('safeRedirect', () => {
  it.each([
    ['https://evil.com', '/'],
    ['//evil.com', '/'],
    ['/\\evil.com', '/'],
    ['javascript:alert(1)', '/'],
    ['%2F%2Fevil.com', '/'],
    ['/%2F%2Fevil.com', '/'],
    ['/%5Cevil.com', '/'],
    ['http://zhishi.example.evil.com/', '/'],
    ['/\tevil', '/'],
    ['/a\nb', '/'],
    ['', '/'],
    [undefined, '/'],
    [42, '/'],
    ['/courses/1', '/courses/1'],
    ['/account/security?tab=2fa#codes', '/account/security?tab=2fa#codes'],
  ])('NEXT-6: %s → %s', (input, expected) => {
    expect(safeRedirect(input, '/', APP)).toBe(expected);
  });

  it('NEXT-6: uses the given fallback for unsafe values', () => {
    expect(safeRedirect('https://evil.com', '/library', APP)).toBe('/library');
  });
});
