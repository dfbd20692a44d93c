import { cohortCsvRows, salesDayCsvRows, segmentCsvRows } from '@/lib/analytics/platform-csv';
import { route } from '@/lib/api/route';
import { csvResponse, minorToDecimal, toCsv, type CsvCell } from '@/lib/csv';
import { getPlatformAnalytics } from '@/lib/data/admin-analytics';
import { getCohortRetention } from '@/lib/data/admin-analytics-cohorts';
import { getFunnelSegments } from '@/lib/data/admin-analytics-segments';
import { listPlatformSalesDays } from '@/lib/data/admin-analytics-series';
import { AppError } from '@/lib/errors';
import { analyticsQuerySchema, lastDayKey, toFilter } from '@/lib/validation/studio-analytics';

export const dynamic = 'force-dynamic';

/** The admin analytics page's figures as CSV, one metric per row; admins only (ACCESS-4). */
export const GET = route(
  { guard: 'admin', query: analyticsQuerySchema },
  async ({ query, viewer }) => {
    if (query.course) throw new AppError('BAD_REQUEST', 'Errors.invalidQuery');
    const { range } = toFilter(query);
    const [a, sales, segments, cohorts] = await Promise.all([
      getPlatformAnalytics(viewer, range),
      listPlatformSalesDays(viewer, range),
      getFunnelSegments(viewer, range),
      getCohortRetention(viewer, range),
    ]);
    const lines: CsvCell[][] = [
      ...a.gmv.map((m) => ['gmv', m.currency, '', minorToDecimal(m.amountMinor)]),
      ['paid_orders', '', '', a.paidOrders],
      ['refunded_orders', '', '', a.refundedOrders],
      ['new_users', '', '', a.newUsers],
      ['active_learners', '', '', a.activeLearners],
      ['course_views', '', '', a.views],
      ['checkout_starts', '', '', a.checkoutStarts],
      ...a.byPaymentMethod.map((m) => ['paid_orders_by_method', '', m.method, m.orders]),
      ...a.topCourses.flatMap((c) => [
        ['top_course_orders', '', c.id, c.orders],
        ...c.revenue.map((m) => [
          'top_course_revenue',
          m.currency,
          c.id,
          minorToDecimal(m.amountMinor),
        ]),
      ]),
      ...a.topCreators.flatMap((c) => [
        ['top_creator_orders', '', c.id, c.orders],
        ...c.revenue.map((m) => [
          'top_creator_revenue',
          m.currency,
          c.id,
          minorToDecimal(m.amountMinor),
        ]),
      ]),
      ...segmentCsvRows(segments),
      ...salesDayCsvRows(sales),
      ...cohortCsvRows(cohorts),
    ];
    const from = range.from.toISOString().slice(0, 10);
    return csvResponse(
      `platform-analytics-${from}-${lastDayKey(range)}.csv`,
      toCsv(['metric', 'currency', 'key', 'value'], lines),
    );
  },
);
