import 'server-only';

import { and, count, desc, eq, gte, inArray, isNotNull, isNull, sql } from 'drizzle-orm';

import { db } from '@/db';
import {
  COURSE_STATUSES,
  courses,
  earningsLedger,
  orders,
  refunds,
  reports,
  USER_ROLES,
  users,
  type CourseStatus,
  type OrderStatus,
  type UserRole,
} from '@/db/schema';
import { canModerate } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { dayOf, sumInt, toMoneyList, zeroes } from '@/lib/data/aggregates';
import { dayKeys, rangeStart, type RangeDays } from '@/lib/date-series';
import { AppError } from '@/lib/errors';
import { isCurrency, type Money } from '@/lib/money';

/*
 * Platform-wide reads for the admin panel. Every export checks the viewer's role itself (ACCESS-4):
 * the admin layout only decides what to render. Lists carry display names, never emails (DATA-1).
 */

export type AdminTotals = {
  usersByRole: Record<UserRole, number>;
  coursesByStatus: Record<CourseStatus, number>;
  paidOrders: number;
  gmv: Money[];
  platformFees: Money[];
  refunds: { count: number; amounts: Money[] };
};

export type AdminDay = { date: string; signups: number; orders: number };
export type ModerationCounts = { coursesInReview: number; openReports: number };
export type AdminRecentOrder = {
  id: string;
  courseTitle: string;
  amount: Money;
  status: OrderStatus;
  buyerName: string;
  createdAt: string;
};

/** Orders that took money at some point; refunds are reported separately, so GMV keeps them. */
const EVER_PAID = isNotNull(orders.paidAt);

function assertAdmin(viewer: Viewer): void {
  if (!canModerate(viewer)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
}

/** Admin only; platform totals: users by role, courses by status, paid orders, GMV, fee revenue, refunds. */
export async function getAdminTotals(viewer: Viewer): Promise<AdminTotals> {
  assertAdmin(viewer);
  const [roleRows, statusRows, [paidRow], gmvRows, feeRows, refundRows] = await Promise.all([
    db
      .select({ role: users.role, n: count() })
      .from(users)
      .where(isNull(users.deletedAt))
      .groupBy(users.role),
    db
      .select({ status: courses.status, n: count() })
      .from(courses)
      .where(isNull(courses.deletedAt))
      .groupBy(courses.status),
    db.select({ n: count() }).from(orders).where(eq(orders.status, 'paid')),
    db
      .select({ currency: orders.currency, amount: sumInt(orders.amountMinor) })
      .from(orders)
      .where(EVER_PAID)
      .groupBy(orders.currency),
    // The ledger records fees as negative creator entries and returned fees as positive ones.
    db
      .select({ currency: earningsLedger.currency, amount: sumInt(earningsLedger.amountMinor) })
      .from(earningsLedger)
      .where(inArray(earningsLedger.kind, ['platform_fee', 'refund_fee']))
      .groupBy(earningsLedger.currency),
    db
      .select({ currency: refunds.currency, amount: sumInt(refunds.amountMinor), n: count() })
      .from(refunds)
      .where(eq(refunds.status, 'succeeded'))
      .groupBy(refunds.currency),
  ]);
  const usersByRole = zeroes(USER_ROLES);
  for (const r of roleRows) usersByRole[r.role] = r.n;
  const coursesByStatus = zeroes(COURSE_STATUSES);
  for (const r of statusRows) coursesByStatus[r.status] = r.n;
  return {
    usersByRole,
    coursesByStatus,
    paidOrders: paidRow?.n ?? 0,
    gmv: toMoneyList(gmvRows),
    platformFees: toMoneyList(feeRows.map((r) => ({ currency: r.currency, amount: -r.amount }))),
    refunds: { count: refundRows.reduce((s, r) => s + r.n, 0), amounts: toMoneyList(refundRows) },
  };
}

/** Admin only; sign-ups and paid orders per UTC day, quiet days filled. */
export async function getAdminSeries(
  viewer: Viewer,
  rangeDays: RangeDays,
  now = new Date(),
): Promise<AdminDay[]> {
  assertAdmin(viewer);
  const from = rangeStart(rangeDays, now);
  const [signupRows, orderRows] = await Promise.all([
    db
      .select({ day: dayOf(users.createdAt), n: count() })
      .from(users)
      .where(gte(users.createdAt, from))
      .groupBy(sql`1`),
    db
      .select({ day: dayOf(orders.paidAt), n: count() })
      .from(orders)
      .where(and(EVER_PAID, gte(orders.paidAt, from)))
      .groupBy(sql`1`),
  ]);
  const signups = new Map(signupRows.map((r) => [r.day, r.n]));
  const paid = new Map(orderRows.map((r) => [r.day, r.n]));
  return dayKeys(rangeDays, now).map((date) => ({
    date,
    signups: signups.get(date) ?? 0,
    orders: paid.get(date) ?? 0,
  }));
}

/** Admin only; what waits for a moderator. */
export async function getModerationCounts(viewer: Viewer): Promise<ModerationCounts> {
  assertAdmin(viewer);
  const [[review], [open]] = await Promise.all([
    db
      .select({ n: count() })
      .from(courses)
      .where(and(eq(courses.status, 'in_review'), isNull(courses.deletedAt))),
    db.select({ n: count() }).from(reports).where(eq(reports.status, 'open')),
  ]);
  return { coursesInReview: review?.n ?? 0, openReports: open?.n ?? 0 };
}

/** Admin only; newest orders with the buyer's display name (no email or payment ids in a list). */
export async function listRecentOrders(viewer: Viewer, limit = 10): Promise<AdminRecentOrder[]> {
  assertAdmin(viewer);
  const rows = await db
    .select({
      id: orders.id,
      courseTitle: courses.title,
      amountMinor: orders.amountMinor,
      currency: orders.currency,
      status: orders.status,
      buyerName: users.name,
      createdAt: orders.createdAt,
    })
    .from(orders)
    .innerJoin(courses, eq(courses.id, orders.courseId))
    .innerJoin(users, eq(users.id, orders.userId))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(Math.min(Math.max(limit, 1), 50));
  return rows.map((r) => ({
    id: r.id,
    courseTitle: r.courseTitle,
    amount: { amountMinor: r.amountMinor, currency: isCurrency(r.currency) ? r.currency : 'USD' },
    status: r.status,
    buyerName: r.buyerName,
    createdAt: r.createdAt.toISOString(),
  }));
}
