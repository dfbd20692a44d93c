import { route } from '@/lib/api/route';
import { csvResponse, minorToDecimal, toCsv } from '@/lib/csv';
import { getStudioAnalyticsDays } from '@/lib/data/studio-analytics';
import { analyticsQuerySchema, lastDayKey, toFilter } from '@/lib/validation/studio-analytics';

export const dynamic = 'force-dynamic';

/** The analytics page's day-by-day numbers as CSV; the DAL scopes them to the creator (ACCESS-3). */
export const GET = route(
  { guard: 'creator', query: analyticsQuerySchema },
  async ({ query, viewer }) => {
    const filter = toFilter(query);
    const { course, series } = await getStudioAnalyticsDays(viewer, filter);
    const header = [
      'date',
      'views',
      'unique_visitors',
      'checkout_starts',
      'paid_orders',
      'enrolments',
      ...series.currencies.map((c) => `revenue_${c}`),
    ];
    const body = toCsv(
      header,
      series.days.map((d) => [
        d.date,
        d.views,
        d.visitors,
        d.checkoutStarts,
        d.paidOrders,
        d.enrollments,
        ...series.currencies.map((c) => minorToDecimal(d.revenue[c] ?? 0)),
      ]),
    );
    const from = filter.range.from.toISOString().slice(0, 10);
    const name = `analytics-${course ? `${course.id}-` : ''}${from}-${lastDayKey(filter.range)}.csv`;
    return csvResponse(name, body);
  },
);
