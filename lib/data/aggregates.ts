import 'server-only';

import { sql, type SQL } from 'drizzle-orm';
import type { MySqlColumn } from 'drizzle-orm/mysql-core';

import { isCurrency, type CurrencyCode, type Money } from '@/lib/money';

/** Shared shapes for dashboard aggregates (studio and admin). */
export type CourseRating = { average: number | null; count: number };

/** SUM as a signed integer: MariaDB returns DECIMAL strings for SUM, and money stays integer minor units. */
export function sumInt(column: MySqlColumn | SQL) {
  return sql<number>`CAST(COALESCE(SUM(${column}), 0) AS SIGNED)`.mapWith(Number);
}

/** A UTC calendar day key; the pool runs in UTC (timezone 'Z'), so this matches lib/date-series. */
export function dayOf(column: MySqlColumn) {
  return sql<string>`DATE_FORMAT(${column}, '%Y-%m-%d')`;
}

/** Per-currency sums to Money values in a stable order; unknown currencies are dropped, not guessed. */
export function toMoneyList(rows: { currency: string; amount: number }[]): Money[] {
  return rows
    .filter((r): r is { currency: CurrencyCode; amount: number } => isCurrency(r.currency))
    .map((r) => ({ amountMinor: r.amount, currency: r.currency }))
    .sort((a, b) => a.currency.localeCompare(b.currency));
}

export function toRating(sum: number, n: number): CourseRating {
  return { average: n > 0 ? Math.round((sum / n) * 10) / 10 : null, count: n };
}

export function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/** Review bodies are shown as plain-text excerpts; counted in code points so Chinese is not cut mid-character. */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max
    ? flat
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
