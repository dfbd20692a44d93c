import { describe, expect, it } from 'vitest';

import { buildCohortTable, utcWeekStart } from './cohorts';
import { segmentFunnel } from './funnel-segments';
import { cohortCsvRows, salesDayCsvRows, segmentCsvRows } from './platform-csv';

describe('platform analytics CSV rows', () => {
  it('writes views only for the price band split, where a view has the attribute', () => {
    const rows = segmentCsvRows(
      segmentFunnel({
        views: [{ priceMinor: 1000, currency: 'USD', n: 4 }],
        checkouts: [{ priceMinor: 1000, currency: 'USD', device: 'mobile', method: 'card', n: 2 }],
        paid: [],
      }),
    );
    expect(rows).toContainEqual(['funnel_price_band_views', '', 'band0', 4]);
    expect(rows).toContainEqual(['funnel_device_checkouts', '', 'mobile', 2]);
    expect(rows).toContainEqual(['funnel_method_paid', '', 'card', 0]);
    expect(rows.some((r) => r[0] === 'funnel_device_views')).toBe(false);
  });

  it('writes one line per day and currency with decimal amounts when a day has sales', () => {
    const rows = salesDayCsvRows({
      days: [{ date: '2026-01-01', paidOrders: 2, gmv: { USD: 4250, CNY: 0 } }],
      currencies: ['CNY', 'USD'],
    });
    expect(rows).toEqual([
      ['paid_orders_day', '', '2026-01-01', 2],
      ['gmv_day', 'CNY', '2026-01-01', 0],
      ['gmv_day', 'USD', '2026-01-01', 42.5],
    ]);
  });

  it('writes a cohort’s size and its active users per begun week', () => {
    const rows = cohortCsvRows(
      buildCohortTable({
        sizes: [{ cohortWeek: 3000, users: 5 }],
        activity: [{ cohortWeek: 3000, weekOffset: 1, users: 2 }],
        asOf: utcWeekStart(3001),
      }),
    );
    const week = utcWeekStart(3000).toISOString().slice(0, 10);
    expect(rows).toEqual([
      ['cohort_users', '', week, 5],
      ['cohort_active', '', `${week}/week_0`, 0],
      ['cohort_active', '', `${week}/week_1`, 2],
    ]);
  });
});
