import 'server-only';

import { and, isNotNull, sql } from 'drizzle-orm';

import { db } from '@/db';
import { orders } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { assertAnalyticsViewer, inRange } from '@/lib/data/admin-analytics-scope';
import { paidCurrencies, paidDayFields, paidDayTotals } from '@/lib/data/paid-days';
import { fillDays } from '@/lib/date-series';
import type { CurrencyCode } from '@/lib/money';
import { rangeDayKeys, type AnalyticsRange } from '@/lib/validation/studio-analytics';

export type SalesDay = {
  date: string;
  paidOrders: number;
  /** Gross paid per currency that had sales in the window (0 on quiet days); never summed across. */
  gmv: Partial<Record<CurrencyCode, number>>;
};
export type SalesSeries = { days: SalesDay[]; currencies: CurrencyCode[] };

/** Admins only (ACCESS-4). Paid orders and GMV per UTC day of the window, quiet days included. */
export async function listPlatformSalesDays(
  viewer: Viewer,
  range: AnalyticsRange,
): Promise<SalesSeries> {
  assertAnalyticsViewer(viewer);
  const rows = await db
    .select(paidDayFields())
    .from(orders)
    .where(and(isNotNull(orders.paidAt), inRange(orders.paidAt, range)))
    .groupBy(sql`1`, orders.currency);
  const currencies = paidCurrencies(rows);
  const days = fillDays(rangeDayKeys(range), rows, (date, matches) => {
    const { paidOrders, gross } = paidDayTotals(currencies, matches);
    return { date, paidOrders, gmv: gross };
  });
  return { days, currencies };
}
