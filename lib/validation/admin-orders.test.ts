import { describe, expect, it } from 'vitest';

import { adminOrderQuery, adminOrderSearchSchema } from './admin-orders';

describe('admin order filter', () => {
  it('keeps readable filters and drops unreadable ones instead of failing', () => {
    expect(
      adminOrderSearchSchema.parse({ q: ' x ', status: 'paid', from: '2026-01-01', page: '2' }),
    ).toEqual({ q: 'x', status: 'paid', from: '2026-01-01', to: undefined, page: 2 });
    expect(
      adminOrderSearchSchema.parse({ status: 'nope', from: '2026-02-30', to: 'x', page: '0' }),
    ).toEqual({ q: undefined, status: undefined, from: undefined, to: undefined, page: undefined });
    expect(adminOrderQuery({ q: 'a b', from: '2026-01-01' }, { page: '3' })).toBe(
      'q=a+b&from=2026-01-01&page=3',
    );
  });
});
