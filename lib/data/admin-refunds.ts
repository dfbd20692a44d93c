import 'server-only';

import { and, asc, count, eq, inArray } from 'drizzle-orm';

import { db } from '@/db';
import { courses, lessonProgress, lessons, orders, refunds, users } from '@/db/schema';
import { canManageOrders } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { AppError } from '@/lib/errors';
import { isCurrency, money, type Money } from '@/lib/money';
import { pageWindow } from '@/lib/pagination';
import { daysSince, percentConsumed, withinRefundRule } from '@/lib/payments/refunds';
import { getPaymentSettings } from '@/lib/payments/settings';

export const REFUND_QUEUE_PAGE_SIZE = 25;

export type RefundQueueRow = {
  id: string;
  orderId: string;
  buyerName: string;
  courseTitle: string;
  amount: Money;
  reason: string;
  requestedAt: Date;
  paidAt: Date | null;
  /** Whole days from payment to now, counted as the refund rule counts them. */
  daysSincePurchase: number;
  /** The buyer's completed share of the course today, as the refund rule computes it. */
  consumedPercent: number;
  /** Whether the request would still pass the rule's window and consumption limit now. */
  withinRule: boolean;
};

export type RefundQueue = {
  rows: RefundQueueRow[];
  total: number;
  page: number;
  pageSize: number;
  rule: { windowDays: number; maxConsumedPercent: number };
};

/** One grouped query for the page's orders: lessons completed by the buyer over all lessons. */
async function consumptionOf(orderIds: string[]): Promise<Map<string, number>> {
  if (orderIds.length === 0) return new Map();
  const rows = await db
    .select({
      orderId: orders.id,
      total: count(lessons.id),
      done: count(lessonProgress.completedAt),
    })
    .from(orders)
    .innerJoin(lessons, eq(lessons.courseId, orders.courseId))
    .leftJoin(
      lessonProgress,
      and(eq(lessonProgress.lessonId, lessons.id), eq(lessonProgress.userId, orders.userId)),
    )
    .where(inArray(orders.id, orderIds))
    .groupBy(orders.id);
  return new Map(rows.map((r) => [r.orderId, percentConsumed(r.done, r.total)]));
}

/**
 * Admins only (ACCESS-4). Refund requests waiting for a decision, oldest first (the one waiting
 * longest is answered first), with what the decision needs: order, buyer's name (never the email,
 * DATA-1), course, amount, reason, days since purchase and the buyer's consumption today.
 */
export async function listRefundQueue(
  viewer: Viewer,
  opts: { page?: number; now?: Date } = {},
): Promise<RefundQueue> {
  if (!canManageOrders(viewer)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
  const win = pageWindow(opts.page, REFUND_QUEUE_PAGE_SIZE, REFUND_QUEUE_PAGE_SIZE);
  const waiting = eq(refunds.status, 'requested');
  const [items, [total], settings] = await Promise.all([
    db
      .select({
        id: refunds.id,
        orderId: refunds.orderId,
        buyerName: users.name,
        courseTitle: courses.title,
        amountMinor: refunds.amountMinor,
        currency: refunds.currency,
        reason: refunds.reason,
        requestedAt: refunds.createdAt,
        paidAt: orders.paidAt,
      })
      .from(refunds)
      .innerJoin(orders, eq(orders.id, refunds.orderId))
      .innerJoin(courses, eq(courses.id, orders.courseId))
      .innerJoin(users, eq(users.id, orders.userId))
      .where(waiting)
      .orderBy(asc(refunds.createdAt), asc(refunds.id))
      .limit(win.pageSize)
      .offset(win.offset),
    db.select({ n: count() }).from(refunds).where(waiting),
    getPaymentSettings(),
  ]);
  const consumed = await consumptionOf(items.map((r) => r.orderId));
  const now = (opts.now ?? new Date()).getTime();
  const rule = {
    windowDays: settings.refundWindowDays,
    maxConsumedPercent: settings.refundMaxConsumedPercent,
  };
  return {
    rows: items.map(({ amountMinor, currency, ...r }) => {
      const days = daysSince(r.paidAt, now);
      const pct = consumed.get(r.orderId) ?? 0;
      return {
        ...r,
        amount: money(amountMinor, isCurrency(currency) ? currency : 'USD'),
        daysSincePurchase: days,
        consumedPercent: pct,
        withinRule: withinRefundRule(days, pct, settings),
      };
    }),
    total: total?.n ?? 0,
    page: win.page,
    pageSize: win.pageSize,
    rule,
  };
}
