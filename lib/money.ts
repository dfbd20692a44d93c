/** Money is integer minor units plus an ISO currency, everywhere (STYLE §7). */
export const CURRENCIES = ['USD', 'CNY'] as const;
export type CurrencyCode = (typeof CURRENCIES)[number];
export type Money = { amountMinor: number; currency: CurrencyCode };

/** Minor units per major unit; both supported currencies use two decimals. */
const MINOR_DIGITS: Record<CurrencyCode, number> = { USD: 2, CNY: 2 };

export function isCurrency(value: string): value is CurrencyCode {
  return (CURRENCIES as readonly string[]).includes(value);
}

export function money(amountMinor: number, currency: CurrencyCode): Money {
  if (!Number.isSafeInteger(amountMinor)) throw new RangeError('amountMinor must be an integer');
  return { amountMinor, currency };
}

/**
 * The one rounding rule: half away from zero, on integers only. BigInt, so products such as
 * fee × refunded amount never lose precision past 2^53.
 */
function roundHalfAwayFromZero(numerator: bigint, denominator: bigint): number {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (2n * n + d) / (2n * d);
  return Number(negative ? -q : q);
}

/** `basisPoints` of an amount (10000 = 100 %). */
export function percentOf(m: Money, basisPoints: number): Money {
  return money(
    roundHalfAwayFromZero(BigInt(m.amountMinor) * BigInt(basisPoints), 10_000n),
    m.currency,
  );
}

/** `whole × part / total`, rounded by the one rule: a refund's share of its sale's fee. */
export function shareOf(whole: number, part: number, total: number): number {
  if (total <= 0) throw new RangeError('total must be positive');
  return roundHalfAwayFromZero(BigInt(whole) * BigInt(part), BigInt(total));
}

export function add(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return money(a.amountMinor + b.amountMinor, a.currency);
}

export function subtract(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return money(a.amountMinor - b.amountMinor, a.currency);
}

/** Applies a percentage or fixed discount; never goes below zero. */
export function applyDiscount(
  price: Money,
  discount: { percentOff?: number | null; amountOffMinor?: number | null },
): Money {
  const off = discount.percentOff
    ? percentOf(price, discount.percentOff * 100).amountMinor
    : (discount.amountOffMinor ?? 0);
  return money(Math.max(0, price.amountMinor - off), price.currency);
}

/** Splits a sale between creator and platform; the creator gets the rounding remainder. */
export function splitRevenue(total: Money, platformFeeBasisPoints: number) {
  const platform = percentOf(total, platformFeeBasisPoints);
  return { platform, creator: subtract(total, platform) };
}

export function formatMoney(m: Money, locale: string): string {
  const digits = MINOR_DIGITS[m.currency];
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: m.currency,
    minimumFractionDigits: m.amountMinor % 10 ** digits === 0 ? 0 : digits,
    maximumFractionDigits: digits,
  }).format(m.amountMinor / 10 ** digits);
}

function assertSameCurrency(a: Money, b: Money) {
  if (a.currency !== b.currency)
    throw new RangeError(`currency mismatch: ${a.currency} vs ${b.currency}`);
}
