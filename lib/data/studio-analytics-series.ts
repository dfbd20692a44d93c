import 'server-only';

import { and, asc, count, eq, inArray, isNotNull, sql } from 'drizzle-orm';

import { db } from '@/db';
import {
  behaviourEvents,
  courses,
  courseSections,
  enrollments,
  lessonProgress,
  lessons,
  orders,
  reviews,
} from '@/db/schema';
import { dayOf, sumInt } from '@/lib/data/aggregates';
import { paidCurrencies, paidDayFields, paidDayTotals } from '@/lib/data/paid-days';
import { courseWhere, inWindow, visitorKey, type Scope } from '@/lib/data/studio-analytics-scope';
import { fillDays } from '@/lib/date-series';
import type { CurrencyCode } from '@/lib/money';
import { rangeDayKeys, ratingBucket } from '@/lib/validation/studio-analytics';

/* The analytics over time and per lesson; each one GROUP BY query, quiet days filled in JS. */

export type AnalyticsDay = {
  date: string;
  views: number;
  visitors: number;
  checkoutStarts: number;
  paidOrders: number;
  enrollments: number;
  /** Gross paid per currency that had sales in the window (0 on quiet days). */
  revenue: Partial<Record<CurrencyCode, number>>;
};
export type AnalyticsSeries = { days: AnalyticsDay[]; currencies: CurrencyCode[] };

export type LessonReach = {
  lessonId: string;
  title: string;
  /** 1-based place in the curriculum (section order, then lesson order). */
  position: number;
  /** Learners of the window's cohort with any progress on this lesson. */
  reached: number;
  share: number | null;
};

export type RatingPoint = { bucket: string; average: number; count: number };
export type RatingTrend = { unit: 'week' | 'month'; points: RatingPoint[] };

const n = (expr: ReturnType<typeof sql>) => sql<number>`${expr}`.mapWith(Number);

/** One row per UTC day of the window: views, visitors, checkouts, paid orders, enrolments, revenue. */
export async function listAnalyticsDays(scope: Scope): Promise<AnalyticsSeries> {
  const [eventRows, orderRows, enrollRows] = await Promise.all([
    db
      .select({
        day: dayOf(behaviourEvents.createdAt),
        views: n(sql`COUNT(CASE WHEN ${behaviourEvents.type} = 'view' THEN 1 END)`),
        visitors: n(
          sql`COUNT(DISTINCT CASE WHEN ${behaviourEvents.type} = 'view' THEN ${visitorKey} END)`,
        ),
        checkoutStarts: n(
          sql`COUNT(CASE WHEN ${behaviourEvents.type} = 'checkout_start' THEN 1 END)`,
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
      )
      .groupBy(sql`1`),
    db
      .select(paidDayFields())
      .from(orders)
      .innerJoin(courses, eq(courses.id, orders.courseId))
      .where(and(courseWhere(scope), isNotNull(orders.paidAt), inWindow(orders.paidAt, scope)))
      .groupBy(sql`1`, orders.currency),
    db
      .select({ day: dayOf(enrollments.createdAt), n: count() })
      .from(enrollments)
      .innerJoin(courses, eq(courses.id, enrollments.courseId))
      .where(and(courseWhere(scope), inWindow(enrollments.createdAt, scope)))
      .groupBy(sql`1`),
  ]);
  const currencies = paidCurrencies(orderRows);
  const events = new Map(eventRows.map((r) => [r.day, r]));
  const enrolled = new Map(enrollRows.map((r) => [r.day, r.n]));
  const days = fillDays(rangeDayKeys(scope.range), orderRows, (date, rows) => {
    const { paidOrders, gross } = paidDayTotals(currencies, rows);
    const e = events.get(date);
    return {
      date,
      views: e?.views ?? 0,
      visitors: e?.visitors ?? 0,
      checkoutStarts: e?.checkoutStarts ?? 0,
      paidOrders,
      enrollments: enrolled.get(date) ?? 0,
      revenue: gross,
    };
  });
  return { days, currencies };
}

/**
 * Drop-off for one course: of the learners who enrolled in the window, the share with any progress
 * on each lesson, in curriculum order. A lesson nobody reached still gets its row (LEFT JOINs).
 */
export async function listDropOff(scope: Scope): Promise<LessonReach[]> {
  if (!scope.courseId) return [];
  const cohort = and(
    eq(enrollments.courseId, lessons.courseId),
    eq(enrollments.userId, lessonProgress.userId),
    inWindow(enrollments.createdAt, scope),
  );
  const [rows, [size]] = await Promise.all([
    db
      .select({
        lessonId: lessons.id,
        title: lessons.title,
        reached: n(sql`COUNT(DISTINCT ${enrollments.userId})`),
      })
      .from(lessons)
      .innerJoin(courseSections, eq(courseSections.id, lessons.sectionId))
      .innerJoin(courses, eq(courses.id, lessons.courseId))
      .leftJoin(lessonProgress, eq(lessonProgress.lessonId, lessons.id))
      .leftJoin(enrollments, cohort)
      .where(courseWhere(scope))
      .groupBy(lessons.id, lessons.title, courseSections.position, lessons.position)
      .orderBy(asc(courseSections.position), asc(lessons.position), asc(lessons.id))
      .limit(1000),
    db
      .select({ n: count() })
      .from(enrollments)
      .where(and(eq(enrollments.courseId, scope.courseId), inWindow(enrollments.createdAt, scope))),
  ]);
  const cohortSize = size?.n ?? 0;
  return rows.map((r, i) => ({
    ...r,
    position: i + 1,
    share: cohortSize > 0 ? r.reached / cohortSize : null,
  }));
}

/** Average visible rating per week (Monday start) or month of the window, oldest first. */
export async function listRatingTrend(scope: Scope): Promise<RatingTrend> {
  const unit = ratingBucket(scope.range);
  const bucket =
    unit === 'week'
      ? sql<string>`DATE_FORMAT(DATE_SUB(DATE(${reviews.createdAt}), INTERVAL WEEKDAY(${reviews.createdAt}) DAY), '%Y-%m-%d')`
      : sql<string>`DATE_FORMAT(${reviews.createdAt}, '%Y-%m-01')`;
  const rows = await db
    .select({ bucket, sum: sumInt(reviews.rating), count: count() })
    .from(reviews)
    .innerJoin(courses, eq(courses.id, reviews.courseId))
    .where(
      and(courseWhere(scope), eq(reviews.status, 'visible'), inWindow(reviews.createdAt, scope)),
    )
    .groupBy(sql`1`)
    .orderBy(sql`1`);
  return {
    unit,
    points: rows.map((r) => ({
      bucket: r.bucket,
      average: Math.round((r.sum / r.count) * 100) / 100,
      count: r.count,
    })),
  };
}
