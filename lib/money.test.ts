import { describe, expect, it } from 'vitest';

import {
  add,
  applyDiscount,
  formatMoney,
  isCurrency,
  money,
  percentOf,
  shareOf,
  splitRevenue,
  subtract,
} from './money';

const usd = (n: number) => money(n, 'USD');
const cny = (n: number) => money(n, 'CNY');

describe('money', () => {
  it('accepts only safe integers of minor units', () => {
    expect(usd(1999)).toEqual({ amountMinor: 1999, currency: 'USD' });
    expect(() => usd(19.99)).toThrow(RangeError);
    expect(() => usd(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
  });

  it('recognises only the supported currencies', () => {
    expect(isCurrency('CNY')).toBe(true);
    expect(isCurrency('usd')).toBe(false);
    expect(isCurrency('JPY')).toBe(false);
  });
});

describe('add and subtract', () => {
  it('work in integers and keep the currency', () => {
    expect(add(usd(1999), usd(1))).toEqual(usd(2000));
    expect(subtract(cny(10_000), cny(2_501))).toEqual(cny(7_499));
  });

  it('refuse to mix currencies', () => {
    expect(() => add(usd(1), cny(1))).toThrow(/currency mismatch/);
    expect(() => subtract(cny(1), usd(1))).toThrow(/currency mismatch/);
  });
});

describe('percentOf', () => {
  it('rounds half away from zero exactly once', () => {
    expect(percentOf(usd(1999), 1500)).toEqual(usd(300)); // 299.85 → 300
    expect(percentOf(usd(10), 2500)).toEqual(usd(3)); // 2.5 → 3
    expect(percentOf(usd(10), 2400)).toEqual(usd(2)); // 2.4 → 2
    expect(percentOf(usd(-10), 2500)).toEqual(usd(-3)); // refunds round away from zero too
  });

  it('avoids float drift on amounts that 0.1 + 0.2 would break', () => {
    expect(percentOf(usd(30), 10_000)).toEqual(usd(30));
    expect(percentOf(cny(123_456_789), 3333).amountMinor).toBe(41_148_148);
  });
});

describe('shareOf', () => {
  it('rounds a part of a whole by the one rule, past 2^53 without drift', () => {
    expect(shareOf(200, 333, 999)).toBe(67); // 66.67
    expect(shareOf(200, 666, 999)).toBe(133); // 133.33
    expect(shareOf(200, 999, 999)).toBe(200);
    expect(shareOf(5, 1, 2)).toBe(3); // 2.5 → 3
    expect(shareOf(99_999_999, 99_999_998, 99_999_999)).toBe(99_999_998);
  });

  it('refuses a zero total', () => {
    expect(() => shareOf(1, 1, 0)).toThrow(RangeError);
  });
});

describe('applyDiscount', () => {
  it('applies a percentage with the shared rounding rule', () => {
    expect(applyDiscount(usd(4999), { percentOff: 20 })).toEqual(usd(3999)); // 999.8 off → 1000
  });

  it('applies a fixed amount and never goes below zero', () => {
    expect(applyDiscount(cny(9900), { amountOffMinor: 1000 })).toEqual(cny(8900));
    expect(applyDiscount(cny(500), { amountOffMinor: 1000 })).toEqual(cny(0));
  });

  it('leaves the price alone without a discount', () => {
    expect(applyDiscount(usd(1234), {})).toEqual(usd(1234));
    expect(applyDiscount(usd(1234), { percentOff: null, amountOffMinor: null })).toEqual(usd(1234));
  });
});

describe('splitRevenue', () => {
  it('gives the platform its rounded fee and the creator the remainder, summing to the total', () => {
    const { platform, creator } = splitRevenue(usd(1999), 3000);
    expect(platform).toEqual(usd(600)); // 599.7 → 600
    expect(creator).toEqual(usd(1399));
    expect(add(platform, creator)).toEqual(usd(1999));
  });

  it('sums to the total for every price up to 100.00', () => {
    for (let n = 0; n <= 10_000; n += 7) {
      const { platform, creator } = splitRevenue(cny(n), 1750);
      expect(platform.amountMinor + creator.amountMinor).toBe(n);
    }
  });
});

describe('formatMoney', () => {
  it('formats English amounts with cents, and whole amounts without decimals', () => {
    expect(formatMoney(usd(1999), 'en')).toBe('$19.99');
    expect(formatMoney(usd(2000), 'en')).toBe('$20');
    expect(formatMoney(usd(1950), 'en')).toBe('$19.50');
    expect(formatMoney(cny(9900), 'en')).toBe('CN¥99');
  });

  it('formats Chinese amounts with the right symbols', () => {
    expect(formatMoney(cny(9900), 'zh-CN')).toBe('¥99');
    expect(formatMoney(cny(12_345), 'zh-CN')).toBe('¥123.45');
    expect(formatMoney(usd(1999), 'zh-CN')).toBe('US$19.99');
  });

  it('shows zero as a plain zero and groups thousands', () => {
    expect(formatMoney(usd(0), 'en')).toBe('$0');
    expect(formatMoney(cny(0), 'zh-CN')).toBe('¥0');
    expect(formatMoney(usd(123_456_700), 'en')).toBe('$1,234,567');
  });
});
