import { describe, expect, it } from 'vitest';

import {
  deviceOf,
  encodeCheckout,
  FEATURE_NAMES,
  priceBand,
  type CheckoutExample,
} from './features';

const base: CheckoutExample = {
  amountMinor: 3000,
  currency: 'USD',
  method: 'card',
  device: 'desktop',
  locale: 'en',
  firstPurchase: false,
  coupon: false,
  hour: 0,
};
const at = (row: number[], name: string) => row[FEATURE_NAMES.indexOf(name)];

describe('encodeCheckout', () => {
  it('has one value per feature name, the bias first', () => {
    const row = encodeCheckout(base);
    expect(row).toHaveLength(FEATURE_NAMES.length);
    expect(at(row, 'bias')).toBe(1);
  });

  it('one-hot encodes each category and crosses method with device', () => {
    const row = encodeCheckout({
      ...base,
      currency: 'CNY',
      method: 'wechat_pay',
      device: 'mobile',
      locale: 'zh-CN',
    });
    expect(at(row, 'currency_CNY')).toBe(1);
    expect(at(row, 'currency_USD')).toBe(0);
    expect(at(row, 'method_wechat_pay')).toBe(1);
    expect(at(row, 'method_card')).toBe(0);
    expect(at(row, 'device_mobile')).toBe(1);
    expect(at(row, 'locale_zh-CN')).toBe(1);
    expect(at(row, 'method_wechat_pay_x_mobile')).toBe(1);
    expect(at(row, 'method_wechat_pay_x_desktop')).toBe(0);
    const crossed = FEATURE_NAMES.filter((n) => n.includes('_x_')).map((n) => at(row, n));
    expect(crossed.reduce((s, v) => s! + v!, 0)).toBe(1);
  });

  it('leaves an unknown method or device all zeros', () => {
    const row = encodeCheckout({ ...base, method: null, device: 'unknown' });
    for (const n of FEATURE_NAMES.filter((f) => f.startsWith('method_') || f.startsWith('device_')))
      expect(at(row, n)).toBe(0);
  });

  it('flags first purchase and coupon', () => {
    const row = encodeCheckout({ ...base, firstPurchase: true, coupon: true });
    expect(at(row, 'first_purchase')).toBe(1);
    expect(at(row, 'coupon')).toBe(1);
    expect(at(encodeCheckout(base), 'coupon')).toBe(0);
  });

  it('puts the hour on a circle: 23:00 is next to 00:00, 12:00 opposite', () => {
    const h = (hour: number) => {
      const row = encodeCheckout({ ...base, hour });
      return [at(row, 'hour_sin')!, at(row, 'hour_cos')!] as const;
    };
    expect(h(0)[1]).toBeCloseTo(1);
    expect(h(12)[1]).toBeCloseTo(-1);
    expect(h(6)[0]).toBeCloseTo(1);
    const dist = (a: readonly number[], b: readonly number[]) =>
      Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!);
    expect(dist(h(23), h(0))).toBeLessThan(dist(h(20), h(0)));
  });
});

describe('priceBand', () => {
  it('bands US-dollar prices at 20, 50 and 100', () => {
    expect(priceBand(1999, 'USD')).toBe(0);
    expect(priceBand(2000, 'USD')).toBe(1);
    expect(priceBand(4999, 'USD')).toBe(1);
    expect(priceBand(9999, 'USD')).toBe(2);
    expect(priceBand(10_000, 'USD')).toBe(3);
  });

  it('converts yuan at 7 per dollar', () => {
    expect(priceBand(13_900, 'CNY')).toBe(0);
    expect(priceBand(14_000, 'CNY')).toBe(1);
    expect(priceBand(69_900, 'CNY')).toBe(2);
    expect(priceBand(70_000, 'CNY')).toBe(3);
  });
});

describe('deviceOf', () => {
  it('tells phones from desktops and knows nothing without a header', () => {
    expect(deviceOf('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148')).toBe(
      'mobile',
    );
    expect(deviceOf('Mozilla/5.0 (Linux; Android 14; Pixel 8) Mobile Safari/537.36')).toBe(
      'mobile',
    );
    expect(deviceOf('Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130.0 Safari/537.36')).toBe(
      'desktop',
    );
    expect(deviceOf(null)).toBe('unknown');
  });
});
