import { CNY_PER_USD, PRICE_BAND_EDGES_USD, priceBand } from '@/lib/models/conversion/features';

/*
 * The view → checkout → paid funnel split by one attribute at a time. Pure: the data layer hands in
 * grouped counts, this module puts them into segments and computes the rates.
 *
 * What a segment can mean differs by attribute: a course view records neither a device nor a
 * payment method (behaviour events keep no user agent, DATA-1), so those splits start at checkout
 * and their `views` are null. The price band is a property of the course, so it splits every step.
 */

export type SegmentDimension = 'priceBand' | 'device' | 'method';

/** `free` for a course priced at zero, `band0`… from the payment-success model's edges. */
export type PriceBandKey = 'free' | `band${number}` | 'unknown';

export const PRICE_BAND_KEYS: readonly PriceBandKey[] = [
  'free',
  ...Array.from({ length: PRICE_BAND_EDGES_USD.length + 1 }, (_, i) => `band${i}` as const),
  'unknown',
];

/** One band definition for the platform: the payment-success model's (`priceBand`). */
export function priceBandKey(priceMinor: number | null, currency: string | null): PriceBandKey {
  if (priceMinor === null || currency === null) return 'unknown';
  if (priceMinor === 0) return 'free';
  return `band${priceBand(priceMinor, currency)}`;
}

/** A band's bounds in US dollars and their CNY equivalent, for labels: `max` exclusive, null open. */
export function priceBandBounds(key: PriceBandKey): {
  minUsd: number | null;
  maxUsd: number | null;
  cnyPerUsd: number;
} | null {
  const match = /^band(\d+)$/.exec(key);
  if (!match) return null;
  const i = Number(match[1]);
  return {
    minUsd: i === 0 ? null : (PRICE_BAND_EDGES_USD[i - 1] ?? null),
    maxUsd: PRICE_BAND_EDGES_USD[i] ?? null,
    cnyPerUsd: CNY_PER_USD,
  };
}

/** Grouped counts as SQL returns them: the course's primary price, the checkout's device and method. */
export type GroupedCount = {
  priceMinor: number | null;
  currency: string | null;
  device?: string | null;
  method?: string | null;
  n: number;
};

export type SegmentRow = {
  key: string;
  /** Null where the step cannot be split by this attribute (views by device or method). */
  views: number | null;
  checkouts: number;
  paid: number;
  /** checkouts / views. */
  checkoutRate: number | null;
  /** paid / checkouts. */
  paidRate: number | null;
  /** paid / views. */
  overallRate: number | null;
};

export type SegmentedFunnel = Record<SegmentDimension, { rows: SegmentRow[]; total: SegmentRow }>;

export const DEVICE_KEYS = ['desktop', 'mobile', 'unknown'] as const;
/** A checkout nobody tried to pay has no method; a paid order without one is not recorded either. */
export const METHOD_NONE = 'none';
const METHOD_ORDER = ['card', 'alipay', 'wechat_pay'];

const ratio = (part: number, whole: number | null) =>
  whole !== null && whole > 0 ? part / whole : null;

function row(key: string, views: number | null, checkouts: number, paid: number): SegmentRow {
  return {
    key,
    views,
    checkouts,
    paid,
    checkoutRate: views === null ? null : ratio(checkouts, views),
    paidRate: ratio(paid, checkouts),
    overallRate: views === null ? null : ratio(paid, views),
  };
}

function keyOf(dimension: SegmentDimension, g: GroupedCount): string {
  if (dimension === 'priceBand') return priceBandKey(g.priceMinor, g.currency);
  if (dimension === 'device') return g.device ?? 'unknown';
  return g.method ?? METHOD_NONE;
}

function rank(dimension: SegmentDimension, key: string): number {
  const order: readonly string[] =
    dimension === 'priceBand'
      ? PRICE_BAND_KEYS
      : dimension === 'device'
        ? DEVICE_KEYS
        : METHOD_ORDER;
  const i = order.indexOf(key);
  // Unlisted methods after the known ones, and "none" last.
  if (i >= 0) return i;
  return key === METHOD_NONE ? order.length + 1 : order.length;
}

function split(
  dimension: SegmentDimension,
  input: { views: GroupedCount[]; checkouts: GroupedCount[]; paid: GroupedCount[] },
) {
  const withViews = dimension === 'priceBand';
  const sums = new Map<string, { views: number; checkouts: number; paid: number }>();
  const add = (list: GroupedCount[], step: 'views' | 'checkouts' | 'paid') => {
    for (const g of list) {
      const key = keyOf(dimension, g);
      const s = sums.get(key) ?? { views: 0, checkouts: 0, paid: 0 };
      s[step] += g.n;
      sums.set(key, s);
    }
  };
  if (withViews) add(input.views, 'views');
  add(input.checkouts, 'checkouts');
  add(input.paid, 'paid');
  const rows = [...sums.entries()]
    .sort(([a], [b]) => rank(dimension, a) - rank(dimension, b) || a.localeCompare(b))
    .map(([key, s]) => row(key, withViews ? s.views : null, s.checkouts, s.paid));
  const sum = (f: (r: SegmentRow) => number) => rows.reduce((t, r) => t + f(r), 0);
  const views = withViews ? input.views.reduce((t, g) => t + g.n, 0) : null;
  return {
    rows,
    total: row(
      'total',
      views,
      sum((r) => r.checkouts),
      sum((r) => r.paid),
    ),
  };
}

/** Every step's grouped counts → one table per attribute, segments in a fixed order, with totals. */
export function segmentFunnel(input: {
  views: GroupedCount[];
  checkouts: GroupedCount[];
  paid: GroupedCount[];
}): SegmentedFunnel {
  return {
    priceBand: split('priceBand', input),
    device: split('device', input),
    method: split('method', input),
  };
}
