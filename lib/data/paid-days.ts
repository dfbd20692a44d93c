import 'server-only';

import { count } from 'drizzle-orm';

import { orders } from '@/db/schema';
import { dayOf, sumInt } from '@/lib/data/aggregates';
import { isCurrency, type CurrencyCode } from '@/lib/money';

/*
 * Paid orders per UTC day and currency, shared by the studio and admin sales series: the select
 * fields (grouped by day and currency by the caller, who scopes the rows) and the per-day totals.
 */

export const paidDayFields = () => ({
  day: dayOf(orders.paidAt),
  currency: orders.currency,
  n: count(),
  amount: sumInt(orders.amountMinor),
});

type PaidDayRow = { currency: string; n: number; amount: number };

/** The currencies that had sales, sorted: the columns of every day. */
export function paidCurrencies(rows: PaidDayRow[]): CurrencyCode[] {
  return [...new Set(rows.map((r) => r.currency).filter(isCurrency))].sort();
}

/** One day's rows → its paid orders and gross per currency (0 where a listed currency sold nothing). */
export function paidDayTotals(currencies: CurrencyCode[], rows: PaidDayRow[]) {
  const gross: Partial<Record<CurrencyCode, number>> = {};
  for (const c of currencies) gross[c] = 0;
  for (const r of rows) if (isCurrency(r.currency)) gross[r.currency] = r.amount;
  return { paidOrders: rows.reduce((s, r) => s + r.n, 0), gross };
}
