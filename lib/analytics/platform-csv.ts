import type { CohortTable } from '@/lib/analytics/cohorts';
import type { SegmentDimension, SegmentedFunnel } from '@/lib/analytics/funnel-segments';
import { minorToDecimal, type CsvCell } from '@/lib/csv';
import type { CurrencyCode } from '@/lib/money';

/*
 * The platform analytics CSV's rows beyond the headline figures, in its `metric, currency, key,
 * value` shape: the funnel per segment, the daily sales series and the cohort table. Counts only;
 * rates and shares follow from them.
 */

const DIMENSION_NAMES: Record<SegmentDimension, string> = {
  priceBand: 'price_band',
  device: 'device',
  method: 'method',
};

export function segmentCsvRows(funnel: SegmentedFunnel): CsvCell[][] {
  return (Object.keys(DIMENSION_NAMES) as SegmentDimension[]).flatMap((dimension) =>
    funnel[dimension].rows.flatMap((r) => {
      const metric = `funnel_${DIMENSION_NAMES[dimension]}`;
      return [
        ...(r.views === null ? [] : [[`${metric}_views`, '', r.key, r.views]]),
        [`${metric}_checkouts`, '', r.key, r.checkouts],
        [`${metric}_paid`, '', r.key, r.paid],
      ];
    }),
  );
}

export function salesDayCsvRows(series: {
  days: { date: string; paidOrders: number; gmv: Partial<Record<CurrencyCode, number>> }[];
  currencies: CurrencyCode[];
}): CsvCell[][] {
  return series.days.flatMap((d) => [
    ['paid_orders_day', '', d.date, d.paidOrders],
    ...series.currencies.map((c) => ['gmv_day', c, d.date, minorToDecimal(d.gmv[c] ?? 0)]),
  ]);
}

/** Key `<week start>/week_<n>`: the cohort's sign-up week and the week after it. */
export function cohortCsvRows(table: CohortTable): CsvCell[][] {
  return table.rows.flatMap((r) => [
    ['cohort_users', '', r.weekStart, r.size],
    ...r.cells.map((c) => ['cohort_active', '', `${r.weekStart}/week_${c.week}`, c.active]),
  ]);
}
