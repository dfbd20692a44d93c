import 'server-only';

import { and, count, desc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';

import { db } from '@/db';
import {
  COURSE_STATUSES,
  courses,
  earningsLedger,
  enrollments,
  orders,
  reviews,
  users,
  type CourseStatus,
} from '@/db/schema';
import { canUseStudio } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import {
  dayOf,
  excerpt,
  sumInt,
  toMoneyList,
  toRating,
  zeroes,
  type CourseRating,
} from '@/lib/data/aggregates';
import { dayKeys, fillDays, rangeStart, type RangeDays } from '@/lib/date-series';
import { AppError } from '@/lib/errors';
import { isCurrency, type CurrencyCode, type Money } from '@/lib/money';

/*
 * Creator dashboard reads. Every query is scoped to `viewer.id` as the creator: an admin sees their own
 * courses here too, never another creator's (ACCESS-1). DTOs carry aggregates and learners' display names
 * only: no emails, no payment or Stripe ids (DATA-1).
 */

/** Ledger kinds that make up what a creator earned: sales less platform fees, refunds and returned fees. */
const NET_KINDS = ['sale', 'platform_fee', 'refund', 'refund_fee'] as const;

export type StudioKpis = {
  revenue: Money[];
  students: number;
  rating: CourseRating;
  coursesByStatus: Record<CourseStatus, number>;
  totalCourses: number;
};

export type StudioDay = {
  date: string;
  enrollments: number;
  revenue: Partial<Record<CurrencyCode, number>>;
};
export type StudioSeries = { days: StudioDay[]; currencies: CurrencyCode[] };

export type StudioTopCourse = {
  id: string;
  title: string;
  students: number;
  /** Active students who finished every lesson (progress writes set `completed_at`). */
  completed: number;
  revenue: Money[];
};

export type StudioReview = {
  id: string;
  courseId: string;
  courseTitle: string;
  rating: number;
  excerpt: string;
  reviewerName: string;
  createdAt: string;
};

function assertCreator(viewer: Viewer): void {
  if (!canUseStudio(viewer)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
}

const ownCourses = (viewer: Viewer) =>
  and(eq(courses.creatorId, viewer.id), isNull(courses.deletedAt));

/** Creator (or admin) only; their own totals: net revenue per currency, active students, rating, courses. */
export async function getStudioKpis(viewer: Viewer): Promise<StudioKpis> {
  assertCreator(viewer);
  const [revenueRows, [studentRow], [ratingRow], statusRows] = await Promise.all([
    db
      .select({ currency: earningsLedger.currency, amount: sumInt(earningsLedger.amountMinor) })
      .from(earningsLedger)
      .where(and(eq(earningsLedger.creatorId, viewer.id), inArray(earningsLedger.kind, NET_KINDS)))
      .groupBy(earningsLedger.currency),
    db
      .select({ n: sql<number>`COUNT(DISTINCT ${enrollments.userId})`.mapWith(Number) })
      .from(enrollments)
      .innerJoin(courses, eq(courses.id, enrollments.courseId))
      .where(and(eq(courses.creatorId, viewer.id), eq(enrollments.status, 'active'))),
    db
      .select({ sum: sumInt(courses.ratingSum), n: sumInt(courses.ratingCount) })
      .from(courses)
      .where(ownCourses(viewer)),
    db
      .select({ status: courses.status, n: count() })
      .from(courses)
      .where(ownCourses(viewer))
      .groupBy(courses.status),
  ]);
  const coursesByStatus = zeroes(COURSE_STATUSES);
  for (const row of statusRows) coursesByStatus[row.status] = row.n;
  return {
    revenue: toMoneyList(revenueRows),
    students: studentRow?.n ?? 0,
    rating: toRating(ratingRow?.sum ?? 0, ratingRow?.n ?? 0),
    coursesByStatus,
    totalCourses: statusRows.reduce((s, r) => s + r.n, 0),
  };
}

/** Creator (or admin) only; net revenue and new enrolments per UTC day of their courses, quiet days filled. */
export async function getStudioSeries(
  viewer: Viewer,
  rangeDays: RangeDays,
  now = new Date(),
): Promise<StudioSeries> {
  assertCreator(viewer);
  const from = rangeStart(rangeDays, now);
  const [revenueRows, enrollmentRows] = await Promise.all([
    db
      .select({
        day: dayOf(earningsLedger.createdAt),
        currency: earningsLedger.currency,
        amount: sumInt(earningsLedger.amountMinor),
      })
      .from(earningsLedger)
      .where(
        and(
          eq(earningsLedger.creatorId, viewer.id),
          inArray(earningsLedger.kind, NET_KINDS),
          gte(earningsLedger.createdAt, from),
        ),
      )
      .groupBy(sql`1`, earningsLedger.currency),
    db
      .select({ day: dayOf(enrollments.createdAt), n: count() })
      .from(enrollments)
      .innerJoin(courses, eq(courses.id, enrollments.courseId))
      .where(and(eq(courses.creatorId, viewer.id), gte(enrollments.createdAt, from)))
      .groupBy(sql`1`),
  ]);
  const keys = dayKeys(rangeDays, now);
  const currencies = [...new Set(revenueRows.map((r) => r.currency).filter(isCurrency))].sort();
  const enrolledByDay = new Map(enrollmentRows.map((r) => [r.day, r.n]));
  const days = fillDays(keys, revenueRows, (date, rows) => {
    const revenue: Partial<Record<CurrencyCode, number>> = {};
    for (const c of currencies) revenue[c] = 0;
    for (const r of rows) if (isCurrency(r.currency)) revenue[r.currency] = r.amount;
    return { date, enrollments: enrolledByDay.get(date) ?? 0, revenue };
  });
  return { days, currencies };
}

/** Creator (or admin) only; their courses with the most active students, with net revenue per course. */
export async function listStudioTopCourses(viewer: Viewer, limit = 5): Promise<StudioTopCourse[]> {
  assertCreator(viewer);
  const top = await db
    .select({
      id: courses.id,
      title: courses.title,
      students: sql<number>`COUNT(${enrollments.id})`.mapWith(Number),
      completed: sql<number>`COUNT(${enrollments.completedAt})`.mapWith(Number),
    })
    .from(courses)
    .leftJoin(
      enrollments,
      and(eq(enrollments.courseId, courses.id), eq(enrollments.status, 'active')),
    )
    .where(ownCourses(viewer))
    .groupBy(courses.id, courses.title)
    .orderBy(desc(sql`3`), courses.title)
    .limit(Math.min(Math.max(limit, 1), 20));
  if (top.length === 0) return [];
  const revenueRows = await db
    .select({
      courseId: orders.courseId,
      currency: earningsLedger.currency,
      amount: sumInt(earningsLedger.amountMinor),
    })
    .from(earningsLedger)
    .innerJoin(orders, eq(orders.id, earningsLedger.orderId))
    .where(
      and(
        eq(earningsLedger.creatorId, viewer.id),
        inArray(earningsLedger.kind, NET_KINDS),
        inArray(
          orders.courseId,
          top.map((c) => c.id),
        ),
      ),
    )
    .groupBy(orders.courseId, earningsLedger.currency);
  return top.map((c) => ({
    ...c,
    revenue: toMoneyList(revenueRows.filter((r) => r.courseId === c.id)),
  }));
}

/** Creator (or admin) only; newest visible reviews on their courses, with the reviewer's display name only. */
export async function listStudioRecentReviews(viewer: Viewer, limit = 5): Promise<StudioReview[]> {
  assertCreator(viewer);
  const rows = await db
    .select({
      id: reviews.id,
      courseId: courses.id,
      courseTitle: courses.title,
      rating: reviews.rating,
      body: reviews.body,
      reviewerName: users.name,
      createdAt: reviews.createdAt,
    })
    .from(reviews)
    .innerJoin(courses, eq(courses.id, reviews.courseId))
    .innerJoin(users, eq(users.id, reviews.userId))
    .where(and(eq(courses.creatorId, viewer.id), eq(reviews.status, 'visible')))
    .orderBy(desc(reviews.createdAt), desc(reviews.id))
    .limit(Math.min(Math.max(limit, 1), 20));
  return rows.map((r) => ({
    id: r.id,
    courseId: r.courseId,
    courseTitle: r.courseTitle,
    rating: r.rating,
    excerpt: excerpt(r.body ?? '', 160),
    reviewerName: r.reviewerName,
    createdAt: r.createdAt.toISOString(),
  }));
}

export type StudioDashboard = {
  kpis: StudioKpis;
  series: StudioSeries;
  topCourses: StudioTopCourse[];
  recentReviews: StudioReview[];
};

/** Creator (or admin) only; everything the studio home shows, read in parallel. */
export async function getStudioDashboard(
  viewer: Viewer,
  rangeDays: RangeDays,
): Promise<StudioDashboard> {
  assertCreator(viewer);
  const [kpis, series, topCourses, recentReviews] = await Promise.all([
    getStudioKpis(viewer),
    getStudioSeries(viewer, rangeDays),
    listStudioTopCourses(viewer),
    listStudioRecentReviews(viewer),
  ]);
  return { kpis, series, topCourses, recentReviews };
}
