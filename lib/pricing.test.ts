import { describe, expect, it } from 'vitest';

import { money } from '@/lib/money';

import {
  checkPrice,
  choosePrice,
  coursePrices,
  otherCurrency,
  parsePriceInput,
  priceInputValue,
  quoteDiscount,
} from './pricing';

const usd = (n: number) => money(n, 'USD');
const cny = (n: number) => money(n, 'CNY');
const pct = (percentOff: number) => ({ percentOff, amountOffMinor: null, currency: null });

describe('parsePriceInput', () => {
  it('reads decimals, symbols and separators into minor units without floats', () => {
    expect(parsePriceInput('19.99')).toBe(1999);
    expect(parsePriceInput('19.9')).toBe(1990);
    expect(parsePriceInput('19')).toBe(1900);
    expect(parsePriceInput('¥129')).toBe(12900);
    expect(parsePriceInput('$ 1,299.00')).toBe(129900);
    expect(parsePriceInput('0.29')).toBe(29);
  });

  it('returns null when the input is negative, has three decimals or is not a number', () => {
    expect(parsePriceInput('-5')).toBeNull();
    expect(parsePriceInput('1.999')).toBeNull();
    expect(parsePriceInput('abc')).toBeNull();
    expect(parsePriceInput('')).toBeNull();
    expect(parsePriceInput('1e3')).toBeNull();
  });

  it('round-trips through the form value', () => {
    expect(priceInputValue(1999)).toBe('19.99');
    expect(priceInputValue(12900)).toBe('129.00');
    expect(parsePriceInput(priceInputValue(5))).toBe(5);
  });
});

describe('checkPrice', () => {
  it('accepts free and prices at the Stripe minimum, refuses below it and above the ceiling', () => {
    expect(checkPrice(usd(0))).toBeNull();
    expect(checkPrice(usd(50))).toBeNull();
    expect(checkPrice(usd(49))).toBe('tooLow');
    expect(checkPrice(cny(399))).toBe('tooLow');
    expect(checkPrice(cny(400))).toBeNull();
    expect(checkPrice(usd(100_000_000))).toBe('tooHigh');
  });
});

describe('quoteDiscount', () => {
  it('rounds a percent discount half away from zero, in the buyer’s favour at exactly half', () => {
    // 15 % of 1999 = 299.85 → 300 off.
    const q = quoteDiscount(usd(1999), pct(15));
    expect(q).toEqual({
      ok: true,
      quote: { list: usd(1999), discount: usd(300), total: usd(1699) },
    });
    // 50 % of 1999 = 999.5 → 1000 off.
    expect(quoteDiscount(usd(1999), pct(50))).toMatchObject({ quote: { total: usd(999) } });
  });

  it('takes a fixed amount off in the same currency and refuses another currency', () => {
    const off = { percentOff: null, amountOffMinor: 500, currency: 'CNY' };
    expect(quoteDiscount(cny(12900), off)).toMatchObject({ quote: { total: cny(12400) } });
    expect(quoteDiscount(usd(12900), off)).toEqual({ ok: false, problem: 'currency' });
  });

  it('never goes below zero, makes 100 % (or more than the price) free, and refuses results between 0 and the Stripe minimum', () => {
    const big = { percentOff: null, amountOffMinor: 99_999, currency: 'USD' };
    expect(quoteDiscount(usd(1999), big)).toMatchObject({
      ok: true,
      quote: { total: usd(0), discount: usd(1999) },
    });
    expect(quoteDiscount(usd(1999), pct(100))).toMatchObject({
      ok: true,
      quote: { total: usd(0) },
    });
    expect(quoteDiscount(usd(1999), pct(99))).toEqual({ ok: false, problem: 'belowMinimum' });
    expect(quoteDiscount(usd(100), pct(51))).toEqual({ ok: false, problem: 'belowMinimum' });
    expect(quoteDiscount(usd(100), pct(50))).toMatchObject({ quote: { total: usd(50) } });
  });

  it('refuses a coupon on a free course', () => {
    expect(quoteDiscount(usd(0), pct(10))).toEqual({ ok: false, problem: 'free' });
  });
});

describe('coursePrices and choosePrice', () => {
  const dual = coursePrices({
    priceMinor: 1999,
    currency: 'USD',
    altPriceMinor: 12900,
    altCurrency: 'CNY',
  });

  it('lists the primary price first and the second only when it is set, paid and in the other currency', () => {
    expect(dual).toEqual([usd(1999), cny(12900)]);
    const one = { priceMinor: 1999, currency: 'USD' as const };
    expect(coursePrices({ ...one, altPriceMinor: null, altCurrency: null })).toEqual([usd(1999)]);
    expect(coursePrices({ ...one, altPriceMinor: 12900, altCurrency: 'USD' })).toEqual([usd(1999)]);
    expect(coursePrices({ ...one, altPriceMinor: 12900, altCurrency: 'EUR' })).toEqual([usd(1999)]);
    expect(
      coursePrices({ priceMinor: 0, currency: 'USD', altPriceMinor: 12900, altCurrency: 'CNY' }),
    ).toEqual([usd(0)]);
  });

  it('takes the asked currency when offered, else CNY for Chinese visitors, else the primary', () => {
    expect(choosePrice(dual, 'CNY', 'en')).toEqual(cny(12900));
    expect(choosePrice(dual, 'USD', 'zh-CN')).toEqual(usd(1999));
    expect(choosePrice(dual, undefined, 'zh-CN')).toEqual(cny(12900));
    expect(choosePrice(dual, undefined, 'en')).toEqual(usd(1999));
    expect(choosePrice(dual, 'EUR', 'en')).toEqual(usd(1999));
    expect(choosePrice([usd(1999)], 'CNY', 'zh-CN')).toEqual(usd(1999));
  });

  it('names the other supported currency', () => {
    expect(otherCurrency('USD')).toBe('CNY');
    expect(otherCurrency('CNY')).toBe('USD');
  });
});
