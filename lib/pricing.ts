import { applyDiscount, isCurrency, money, type CurrencyCode, type Money } from '@/lib/money';

/**
 * Course pricing and coupon arithmetic, pure (no DB), on integer minor units only (STYLE §7).
 * Rounding: a percent discount is rounded half away from zero by `applyDiscount` in lib/money.ts
 * (so 15 % of 1999 = 299.85 → 300 off), and a discounted price never goes below 0.
 */

/** Stripe's minimum charge per currency (USD 0.50, CNY 4.00); a paid price or discount result below it cannot be charged. */
export const STRIPE_MINIMUM_MINOR: Record<CurrencyCode, number> = { USD: 50, CNY: 400 };

/** 999,999.99 in either currency: far above any course, far below the unsigned int column. */
export const MAX_PRICE_MINOR = 99_999_999;

const SYMBOLS = /[$¥￥€£,\s]|US|USD|CNY|RMB|元/gi;
const AMOUNT = /^(\d{1,7})(?:\.(\d{1,2}))?$/;

/**
 * Parses what a creator types ("19.99", "19", "$19.9", "¥129", "1,299.00") into minor units,
 * without floats. Returns null for anything else (negative, three decimals, letters).
 */
export function parsePriceInput(raw: string): number | null {
  const cleaned = raw.replace(SYMBOLS, '');
  const match = AMOUNT.exec(cleaned);
  if (!match) return null;
  const major = Number(match[1]);
  const minor = Number((match[2] ?? '').padEnd(2, '0'));
  return major * 100 + minor;
}

/** The value a price input shows for a stored amount: 1999 → "19.99", 12900 → "129.00". */
export function priceInputValue(amountMinor: number): string {
  const major = Math.floor(amountMinor / 100);
  const minor = String(amountMinor % 100).padStart(2, '0');
  return `${major}.${minor}`;
}

export function isChargeable(m: Money): boolean {
  return m.amountMinor >= STRIPE_MINIMUM_MINOR[m.currency];
}

export type PriceProblem = 'tooLow' | 'tooHigh';

/** A paid price must be chargeable by Stripe and fit the column; 0 means free. */
export function checkPrice(m: Money): PriceProblem | null {
  if (m.amountMinor === 0) return null;
  if (!isChargeable(m)) return 'tooLow';
  if (m.amountMinor > MAX_PRICE_MINOR) return 'tooHigh';
  return null;
}

export type Discount = {
  percentOff: number | null;
  amountOffMinor: number | null;
  /** Currency of an amount-off coupon; percent coupons have none. */
  currency: string | null;
};

export type Quote = { list: Money; discount: Money; total: Money };
export type QuoteProblem = 'currency' | 'belowMinimum' | 'free';

/**
 * What a coupon makes of a price. Refused when the course is free, when an amount-off coupon is in
 * another currency, or when the result is above 0 but below Stripe's minimum charge. A result of
 * exactly 0 (100 % off, or an amount off at least the price) is a free enrolment that never reaches
 * Stripe (docs/payments.md, PAY-2).
 */
export function quoteDiscount(
  price: Money,
  discount: Discount,
): { ok: true; quote: Quote } | { ok: false; problem: QuoteProblem } {
  if (price.amountMinor === 0) return { ok: false, problem: 'free' };
  if (discount.amountOffMinor != null && discount.currency !== price.currency)
    return { ok: false, problem: 'currency' };
  const total = applyDiscount(price, discount);
  if (total.amountMinor > 0 && !isChargeable(total)) return { ok: false, problem: 'belowMinimum' };
  return {
    ok: true,
    quote: {
      list: price,
      discount: money(price.amountMinor - total.amountMinor, price.currency),
      total,
    },
  };
}

/** The currency a course's second price is in: the supported one that is not its primary. */
export function otherCurrency(primary: CurrencyCode): CurrencyCode {
  return primary === 'USD' ? 'CNY' : 'USD';
}

/** A course's prices as stored: the primary one first, then the optional price in the other currency. */
export function coursePrices(row: {
  priceMinor: number;
  currency: CurrencyCode;
  altPriceMinor: number | null;
  altCurrency: string | null;
}): Money[] {
  const prices = [money(row.priceMinor, row.currency)];
  const alt = row.altCurrency;
  if (row.priceMinor > 0 && row.altPriceMinor && alt && alt !== row.currency && isCurrency(alt))
    prices.push(money(row.altPriceMinor, alt));
  return prices;
}

/**
 * Which of a course's prices a buyer sees and pays: the currency they asked for when the course is
 * sold in it, else CNY for a Chinese-language visitor when offered, else the primary price.
 */
export function choosePrice(prices: Money[], requested: string | undefined, locale: string): Money {
  const find = (c: string | undefined) => prices.find((p) => p.currency === c);
  return find(requested) ?? (locale.startsWith('zh') ? find('CNY') : undefined) ?? prices[0]!;
}
