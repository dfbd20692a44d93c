import 'server-only';

import { and, count, countDistinct, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';

import { db } from '@/db';
import { behaviourEvents, courses, lessonProgress, orders, users } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { assertAnalyticsViewer, inRange } from '@/lib/data/admin-analytics-scope';
import { sumInt, toMoneyList } from '@/lib/data/aggregates';
import type { Money } from '@/lib/money';
import type { AnalyticsRange } from '@/lib/validation/studio-analytics';

/*
 * Platform analytics for admins: each figure is one SQL aggregate over the whole platform inside a
 * UTC window (`from` inclusive, `to` exclusive). Money stays per currency: USD and CNY never add up.
 */

export type PlatformAnalytics = {
  /** Gross amount of orders whose payment landed in the window, per currency. */
  gmv: Money[];
  paidOrders: number;
  /** Of those paid orders, how many were refunded (in full or in part) since. */
  refundedOrders: number;
  refundRate: number | null;
  newUsers: number;
  /** Distinct users with lesson progress saved, or a learning event, in the window. */
  activeLearners: number;
  views: number;
  checkoutStarts: number;
  byPaymentMethod: { method: string; orders: number }[];
  topCourses: { id: string; title: string; orders: number; revenue: Money[] }[];
  topCreators: { id: string; name: string; orders: number; revenue: Money[] }[];
};

export const TOP_LIMIT = 10;

const LEARNING_EVENTS = ['lesson_start', 'progress', 'lesson_complete', 'course_complete'] as const;

/**
 * Groups per-currency revenue rows by course or creator and ranks them by paid orders: amounts in
 * different currencies cannot be ranked against each other without an exchange rate.
 */
function topBy(
  rows: { key: string; label: string; currency: string; n: number; amount: number }[],
): { id: string; label: string; orders: number; revenue: Money[] }[] {
  const byKey = new Map<string, { id: string; label: string; orders: number; rows: typeof rows }>();
  for (const r of rows) {
    const entry = byKey.get(r.key) ?? { id: r.key, label: r.label, orders: 0, rows: [] };
    entry.orders += r.n;
    entry.rows.push(r);
    byKey.set(r.key, entry);
  }
  return [...byKey.values()]
    .sort((a, b) => b.orders - a.orders || a.id.localeCompare(b.id))
    .slice(0, TOP_LIMIT)
    .map((e) => ({ id: e.id, label: e.label, orders: e.orders, revenue: toMoneyList(e.rows) }));
}

/** Admins only (ACCESS-4). The platform's figures for one window. */
export async function getPlatformAnalytics(
  viewer: Viewer,
  range: AnalyticsRange,
): Promise<PlatformAnalytics> {
  assertAnalyticsViewer(viewer);
  const paidInRange = and(isNotNull(orders.paidAt), inRange(orders.paidAt, range));
  const [paid, [refunded], [joined], [active], [events], methods, courseRows, creatorRows] =
    await Promise.all([
      db
        .select({ currency: orders.currency, n: count(), amount: sumInt(orders.amountMinor) })
        .from(orders)
        .where(paidInRange)
        .groupBy(orders.currency),
      db
        .select({ n: count() })
        .from(orders)
        .where(and(paidInRange, inArray(orders.status, ['refunded', 'partially_refunded']))),
      db.select({ n: count() }).from(users).where(inRange(users.createdAt, range)),
      db.select({ n: countDistinct(sql`learner.user_id`) }).from(
        sql`(${db
          .select({ user_id: lessonProgress.userId })
          .from(lessonProgress)
          .where(inRange(lessonProgress.updatedAt, range))} UNION ${db
          .select({ user_id: behaviourEvents.userId })
          .from(behaviourEvents)
          .where(
            and(
              isNotNull(behaviourEvents.userId),
              inArray(behaviourEvents.type, [...LEARNING_EVENTS]),
              inRange(behaviourEvents.createdAt, range),
            ),
          )}) learner`,
      ),
      db
        .select({
          views: sql<number>`COUNT(CASE WHEN ${behaviourEvents.type} = 'view' THEN 1 END)`.mapWith(
            Number,
          ),
          checkoutStarts:
            sql<number>`COUNT(CASE WHEN ${behaviourEvents.type} = 'checkout_start' THEN 1 END)`.mapWith(
              Number,
            ),
        })
        .from(behaviourEvents)
        .where(
          and(
            inArray(behaviourEvents.type, ['view', 'checkout_start']),
            inRange(behaviourEvents.createdAt, range),
          ),
        ),
      db
        .select({ method: sql<string>`COALESCE(${orders.paymentMethod}, 'unknown')`, n: count() })
        .from(orders)
        .where(paidInRange)
        .groupBy(sql`COALESCE(${orders.paymentMethod}, 'unknown')`)
        .orderBy(desc(count())),
      db
        .select({
          key: orders.courseId,
          label: courses.title,
          currency: orders.currency,
          n: count(),
          amount: sumInt(orders.amountMinor),
        })
        .from(orders)
        .innerJoin(courses, eq(courses.id, orders.courseId))
        .where(paidInRange)
        .groupBy(orders.courseId, courses.title, orders.currency),
      db
        .select({
          key: orders.creatorId,
          label: users.name,
          currency: orders.currency,
          n: count(),
          amount: sumInt(orders.amountMinor),
        })
        .from(orders)
        .innerJoin(users, eq(users.id, orders.creatorId))
        .where(paidInRange)
        .groupBy(orders.creatorId, users.name, orders.currency),
    ]);
  const paidOrders = paid.reduce((s, r) => s + r.n, 0);
  const refundedOrders = refunded?.n ?? 0;
  return {
    gmv: toMoneyList(paid),
    paidOrders,
    refundedOrders,
    refundRate: paidOrders > 0 ? refundedOrders / paidOrders : null,
    newUsers: joined?.n ?? 0,
    activeLearners: Number(active?.n ?? 0),
    views: events?.views ?? 0,
    checkoutStarts: events?.checkoutStarts ?? 0,
    byPaymentMethod: methods.map((m) => ({ method: m.method, orders: m.n })),
    topCourses: topBy(courseRows).map(({ label, ...r }) => ({ ...r, title: label })),
    topCreators: topBy(creatorRows).map(({ label, ...r }) => ({ ...r, name: label })),
  };
}
