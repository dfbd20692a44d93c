import 'server-only';

import { and, count, eq, inArray, isNotNull, sql } from 'drizzle-orm';

import { db } from '@/db';
import { behaviourEvents, courses, enrollments, orders, refunds } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { sumInt, toMoneyList } from '@/lib/data/aggregates';
import {
  listDropOff,
  listRatingTrend,
  listAnalyticsDays,
  type AnalyticsSeries,
  type LessonReach,
  type RatingTrend,
} from '@/lib/data/studio-analytics-series';
import {
  courseWhere,
  inWindow,
  listAnalyticsCourses,
  resolveScope,
  type AnalyticsCourse,
  type Scope,
  visitorKey,
} from '@/lib/data/studio-analytics-scope';
import type { Money } from '@/lib/money';
import type { AnalyticsFilter } from '@/lib/validation/studio-analytics';

/*
 * Studio analytics: every figure is one SQL aggregate over the viewer's own courses in the window
 * (behaviour_events for views and checkouts, orders for sales, refunds, enrollments for the cohort).
 * Money stays per currency: USD and CNY are never added together.
 */

export type AnalyticsSummary = {
  views: number;
  /** Distinct signed-in users or anonymous ids that viewed a course page. */
  visitors: number;
  checkoutStarts: number;
  /** Orders whose payment landed in the window, whatever happened to them afterwards. */
  paidOrders: number;
  /** Gross paid amount of those orders, per currency. */
  revenue: Money[];
  /** Refunds that went through, requested in the window. */
  refunds: { count: number; amounts: Money[] };
  /** Learners who enrolled in the window, and how many of them have finished every lesson. */
  enrollments: number;
  completed: number;
  completionRate: number | null;
};

export type StudioAnalytics = {
  course: AnalyticsCourse | null;
  courses: AnalyticsCourse[];
  summary: AnalyticsSummary;
  series: AnalyticsSeries;
  /** Per-lesson reach of the window's cohort; only for one course. */
  dropOff: LessonReach[] | null;
  ratings: RatingTrend;
};

async function summarise(scope: Scope): Promise<AnalyticsSummary> {
  const [[events], paid, refunded, [cohort]] = await Promise.all([
    db
      .select({
        views: sql<number>`COUNT(CASE WHEN ${behaviourEvents.type} = 'view' THEN 1 END)`.mapWith(
          Number,
        ),
        visitors:
          sql<number>`COUNT(DISTINCT CASE WHEN ${behaviourEvents.type} = 'view' THEN ${visitorKey} END)`.mapWith(
            Number,
          ),
        checkoutStarts:
          sql<number>`COUNT(CASE WHEN ${behaviourEvents.type} = 'checkout_start' THEN 1 END)`.mapWith(
            Number,
          ),
      })
      .from(behaviourEvents)
      .innerJoin(courses, eq(courses.id, behaviourEvents.courseId))
      .where(
        and(
          courseWhere(scope),
          inArray(behaviourEvents.type, ['view', 'checkout_start']),
          inWindow(behaviourEvents.createdAt, scope),
        ),
      ),
    db
      .select({ currency: orders.currency, n: count(), amount: sumInt(orders.amountMinor) })
      .from(orders)
      .innerJoin(courses, eq(courses.id, orders.courseId))
      .where(and(courseWhere(scope), isNotNull(orders.paidAt), inWindow(orders.paidAt, scope)))
      .groupBy(orders.currency),
    db
      .select({ currency: refunds.currency, n: count(), amount: sumInt(refunds.amountMinor) })
      .from(refunds)
      .innerJoin(orders, eq(orders.id, refunds.orderId))
      .innerJoin(courses, eq(courses.id, orders.courseId))
      .where(
        and(
          courseWhere(scope),
          eq(refunds.status, 'succeeded'),
          inWindow(refunds.createdAt, scope),
        ),
      )
      .groupBy(refunds.currency),
    db
      .select({ n: count(), completed: count(enrollments.completedAt) })
      .from(enrollments)
      .innerJoin(courses, eq(courses.id, enrollments.courseId))
      .where(and(courseWhere(scope), inWindow(enrollments.createdAt, scope))),
  ]);
  const enrolled = cohort?.n ?? 0;
  const completed = cohort?.completed ?? 0;
  return {
    views: events?.views ?? 0,
    visitors: events?.visitors ?? 0,
    checkoutStarts: events?.checkoutStarts ?? 0,
    paidOrders: paid.reduce((s, r) => s + r.n, 0),
    revenue: toMoneyList(paid),
    refunds: { count: refunded.reduce((s, r) => s + r.n, 0), amounts: toMoneyList(refunded) },
    enrollments: enrolled,
    completed,
    completionRate: enrolled > 0 ? completed / enrolled : null,
  };
}

/** Creator (or admin) only; their own courses, or one of them (another's course id: NOT_FOUND). */
export async function getStudioAnalytics(
  viewer: Viewer,
  filter: AnalyticsFilter,
): Promise<StudioAnalytics> {
  const { scope, course } = await resolveScope(viewer, filter);
  const [courseList, summary, series, dropOff, ratings] = await Promise.all([
    listAnalyticsCourses(viewer),
    summarise(scope),
    listAnalyticsDays(scope),
    scope.courseId ? listDropOff(scope) : Promise.resolve(null),
    listRatingTrend(scope),
  ]);
  return { course, courses: courseList, summary, series, dropOff, ratings };
}

/** Creator (or admin) only; the day-by-day series alone, for the CSV export. */
export async function getStudioAnalyticsDays(viewer: Viewer, filter: AnalyticsFilter) {
  const { scope, course } = await resolveScope(viewer, filter);
  return { course, series: await listAnalyticsDays(scope) };
}

/** True when the window holds nothing to chart, so the page can show its empty state. */
export function isEmptyAnalytics(a: StudioAnalytics): boolean {
  const s = a.summary;
  return (
    s.views === 0 &&
    s.checkoutStarts === 0 &&
    s.paidOrders === 0 &&
    s.enrollments === 0 &&
    s.refunds.count === 0 &&
    a.ratings.points.length === 0
  );
}
