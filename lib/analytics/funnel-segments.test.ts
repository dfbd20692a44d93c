import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { priceBand } from '@/lib/models/conversion/features';

import {
  METHOD_NONE,
  priceBandBounds,
  priceBandKey,
  segmentFunnel,
  type GroupedCount,
} from './funnel-segments';

describe('priceBandKey', () => {
  it('uses the payment-success model’s bands when a course has a price', () => {
    expect(priceBandKey(1999, 'USD')).toBe('band0');
    expect(priceBandKey(4999, 'USD')).toBe('band1');
    expect(priceBandKey(70_000, 'CNY')).toBe('band3');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.constantFrom('USD', 'CNY'),
        (amount, currency) =>
          priceBandKey(amount, currency) === `band${priceBand(amount, currency)}`,
      ),
    );
  });

  it('gives free courses and unknown prices their own keys when there is no price to band', () => {
    expect(priceBandKey(0, 'USD')).toBe('free');
    expect(priceBandKey(null, null)).toBe('unknown');
  });
});

describe('priceBandBounds', () => {
  it('reads the model’s edges when labelling a band', () => {
    expect(priceBandBounds('band0')).toMatchObject({ minUsd: null, maxUsd: 20 });
    expect(priceBandBounds('band1')).toMatchObject({ minUsd: 20, maxUsd: 50 });
    expect(priceBandBounds('band3')).toMatchObject({ minUsd: 100, maxUsd: null });
    expect(priceBandBounds('free')).toBeNull();
  });
});

describe('segmentFunnel', () => {
  const usd = (priceMinor: number, n: number, extra: Partial<GroupedCount> = {}) => ({
    priceMinor,
    currency: 'USD',
    n,
    ...extra,
  });

  it('splits each step by band, device and method, with rates, when counts are grouped', () => {
    const f = segmentFunnel({
      views: [usd(1000, 10), usd(3000, 5), usd(0, 4)],
      checkouts: [
        usd(1000, 2, { device: 'mobile', method: 'card' }),
        usd(3000, 1, { device: 'desktop', method: null }),
        usd(1000, 2, { device: 'desktop', method: 'alipay' }),
      ],
      paid: [usd(1000, 3, { device: 'mobile', method: 'card' })],
    });
    expect(f.priceBand.rows.map((r) => [r.key, r.views, r.checkouts, r.paid])).toEqual([
      ['free', 4, 0, 0],
      ['band0', 10, 4, 3],
      ['band1', 5, 1, 0],
    ]);
    expect(f.priceBand.rows[1]).toMatchObject({
      checkoutRate: 0.4,
      paidRate: 0.75,
      overallRate: 0.3,
    });
    expect(f.priceBand.total).toMatchObject({ views: 19, checkouts: 5, paid: 3 });
    expect(f.device.rows.map((r) => [r.key, r.views, r.checkouts, r.paid])).toEqual([
      ['desktop', null, 3, 0],
      ['mobile', null, 2, 3],
    ]);
    expect(f.device.rows[0]).toMatchObject({ checkoutRate: null, overallRate: null, paidRate: 0 });
    expect(f.method.rows.map((r) => r.key)).toEqual(['card', 'alipay', METHOD_NONE]);
    expect(f.method.total.views).toBeNull();
  });

  it('puts unlisted methods after the known ones and before none, when one appears', () => {
    const f = segmentFunnel({
      views: [],
      checkouts: [usd(1000, 1, { method: null }), usd(1000, 1, { method: 'link' })],
      paid: [usd(1000, 1, { method: 'card' })],
    });
    expect(f.method.rows.map((r) => r.key)).toEqual(['card', 'link', METHOD_NONE]);
  });

  it('keeps each table’s totals equal to the step totals, for any grouped counts', () => {
    const group = fc.record({
      priceMinor: fc.option(fc.integer({ min: 0, max: 200_000 })),
      currency: fc.constantFrom('USD', 'CNY'),
      device: fc.option(fc.constantFrom('desktop', 'mobile', 'unknown')),
      method: fc.option(fc.constantFrom('card', 'alipay', 'wechat_pay', 'link')),
      n: fc.integer({ min: 0, max: 1000 }),
    });
    fc.assert(
      fc.property(fc.array(group), fc.array(group), fc.array(group), (views, checkouts, paid) => {
        const f = segmentFunnel({ views, checkouts, paid });
        const total = (list: GroupedCount[]) => list.reduce((s, g) => s + g.n, 0);
        for (const table of [f.priceBand, f.device, f.method]) {
          expect(table.total.checkouts).toBe(total(checkouts));
          expect(table.total.paid).toBe(total(paid));
          expect(table.rows.reduce((s, r) => s + r.paid, 0)).toBe(total(paid));
          expect(new Set(table.rows.map((r) => r.key)).size).toBe(table.rows.length);
        }
        expect(f.priceBand.rows.reduce((s, r) => s + (r.views ?? 0), 0)).toBe(total(views));
      }),
    );
  });
});
