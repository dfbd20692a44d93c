/**
 * X' of the payment-success model: one started checkout as a fixed-length numeric row. Categories are
 * one-hot (an unknown value is all zeros), the hour is placed on a circle so 23:00 sits next to 00:00,
 * and payment method × device is crossed so a method may do well on phones and badly on desktops.
 */
export const PAYMENT_METHODS = ['card', 'alipay', 'wechat_pay'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
const DEVICES = ['desktop', 'mobile'] as const;
const CURRENCIES = ['USD', 'CNY'] as const;
const LOCALES = ['en', 'zh-CN'] as const;

/** Price bands in US-dollar terms (CNY divided by CNY_PER_USD), upper bounds exclusive. */
export const PRICE_BAND_EDGES_USD = [20, 50, 100] as const;
export const CNY_PER_USD = 7;

export type CheckoutSegment = {
  amountMinor: number;
  currency: string;
  device: string;
  locale: string;
  firstPurchase: boolean;
  coupon: boolean;
};

export type CheckoutExample = CheckoutSegment & {
  method: string | null;
  /** Hour of day (UTC, 0–23) the checkout started. */
  hour: number;
};

export function priceBand(amountMinor: number, currency: string): number {
  const major = amountMinor / 100;
  const usd = currency === 'CNY' ? major / CNY_PER_USD : major;
  const band = PRICE_BAND_EDGES_USD.findIndex((edge) => usd < edge);
  return band === -1 ? PRICE_BAND_EDGES_USD.length : band;
}

export const FEATURE_NAMES: readonly string[] = [
  'bias',
  ...Array.from({ length: PRICE_BAND_EDGES_USD.length + 1 }, (_, i) => `price_band_${i}`),
  ...CURRENCIES.map((c) => `currency_${c}`),
  ...PAYMENT_METHODS.map((m) => `method_${m}`),
  ...DEVICES.map((d) => `device_${d}`),
  ...LOCALES.map((l) => `locale_${l}`),
  'first_purchase',
  'coupon',
  'hour_sin',
  'hour_cos',
  ...PAYMENT_METHODS.flatMap((m) => DEVICES.map((d) => `method_${m}_x_${d}`)),
];

const oneHot = (values: readonly string[], value: string | null) =>
  values.map((v) => (v === value ? 1 : 0));

/** Classifies a User-Agent header as a coarse device; only the class is stored (DATA-1). */
export function deviceOf(userAgent: string | null | undefined): 'desktop' | 'mobile' | 'unknown' {
  if (!userAgent) return 'unknown';
  return /Mobi|Android|iPhone|iPad|iPod|HarmonyOS/i.test(userAgent) ? 'mobile' : 'desktop';
}

export function encodeCheckout(x: CheckoutExample): number[] {
  const band = priceBand(x.amountMinor, x.currency);
  const angle = (2 * Math.PI * (((x.hour % 24) + 24) % 24)) / 24;
  const row = [
    1,
    ...Array.from({ length: PRICE_BAND_EDGES_USD.length + 1 }, (_, i) => (i === band ? 1 : 0)),
    ...oneHot(CURRENCIES, x.currency),
    ...oneHot(PAYMENT_METHODS, x.method),
    ...oneHot(DEVICES, x.device),
    ...oneHot(LOCALES, x.locale),
    x.firstPurchase ? 1 : 0,
    x.coupon ? 1 : 0,
    Math.sin(angle),
    Math.cos(angle),
    ...PAYMENT_METHODS.flatMap((m) =>
      DEVICES.map((d) => (m === x.method && d === x.device ? 1 : 0)),
    ),
  ];
  return row;
}
