import { route } from '@/lib/api/route';
import { csvResponse, minorToDecimal, toCsv } from '@/lib/csv';
import { getPlatformAnalytics } from '@/lib/data/admin-analytics';
import { AppError } from '@/lib/errors';
import { analyticsQuerySchema, lastDayKey, toFilter } from '@/lib/validation/studio-analytics';

export const dynamic = 'force-dynamic';

/** The admin analytics page's figures as CSV, one metric per row; admins only (ACCESS-4). */
export const GET = route(
  { guard: 'admin', query: analyticsQuerySchema },
  async ({ query, viewer }) => {
    if (query.course) throw new AppError('BAD_REQUEST', 'Errors.invalidQuery');
    const { range } = toFilter(query);
    const a = await getPlatformAnalytics(viewer, range);
    const lines: (string | number)[][] = [
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
    ];
    const from = range.from.toISOString().slice(0, 10);
    return csvResponse(
      `platform-analytics-${from}-${lastDayKey(range)}.csv`,
      toCsv(['metric', 'currency', 'key', 'value'], lines),
    );
  },
);
