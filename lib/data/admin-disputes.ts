import 'server-only';

import { and, count, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';

import { db } from '@/db';
import { courses, orderEvents, orders, users, type OrderStatus } from '@/db/schema';
import { canManageOrders } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { AppError } from '@/lib/errors';
import { isCurrency, money, type Money } from '@/lib/money';
import { pageWindow } from '@/lib/pagination';

export const DISPUTES_PAGE_SIZE = 25;

/** Open: the bank has not decided; won: the order is paid again; lost: the money went back. */
export type DisputeOutcome = 'open' | 'won' | 'lost';

export type DisputeRow = {
  orderId: string;
  courseTitle: string;
  buyerName: string;
  amount: Money;
  status: OrderStatus;
  outcome: DisputeOutcome;
  openedAt: Date;
};

const whenType = (type: 'disputed' | 'dispute_lost') =>
  sql<Date | null>`MAX(CASE WHEN ${orderEvents.type} = ${type} THEN ${orderEvents.createdAt} END)`;

/**
 * One row per order with a dispute in its timeline (webhooks write `disputed`, then `dispute_won`
 * or `dispute_lost`). The order's state machine is the truth for the outcome: only a won dispute
 * takes an order out of `disputed` (lib/payments/order-state.ts).
 */
const disputes = db
  .select({
    orderId: orderEvents.orderId,
    openedAt: whenType('disputed').as('opened_at'),
    lostAt: whenType('dispute_lost').as('lost_at'),
  })
  .from(orderEvents)
  .where(inArray(orderEvents.type, ['disputed', 'dispute_lost']))
  .groupBy(orderEvents.orderId)
  .as('d');

const isOpen = sql`(${orders.status} = 'disputed' AND ${disputes.lostAt} IS NULL)`;

/**
 * Admins only (ACCESS-4). Disputed orders, open ones first, then the newest dispute first, with
 * amount, dispute date, order status and outcome; the buyer by name only (DATA-1).
 */
export async function listDisputesForAdmin(
  viewer: Viewer,
  opts: { page?: number } = {},
): Promise<{ rows: DisputeRow[]; total: number; open: number; page: number; pageSize: number }> {
  if (!canManageOrders(viewer)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
  const win = pageWindow(opts.page, DISPUTES_PAGE_SIZE, DISPUTES_PAGE_SIZE);
  const opened = isNotNull(disputes.openedAt);
  const [items, [counts]] = await Promise.all([
    db
      .select({
        orderId: orders.id,
        courseTitle: courses.title,
        buyerName: users.name,
        amountMinor: orders.amountMinor,
        currency: orders.currency,
        status: orders.status,
        openedAt: disputes.openedAt,
        lostAt: disputes.lostAt,
      })
      .from(disputes)
      .innerJoin(orders, eq(orders.id, disputes.orderId))
      .innerJoin(courses, eq(courses.id, orders.courseId))
      .innerJoin(users, eq(users.id, orders.userId))
      .where(opened)
      .orderBy(desc(isOpen), desc(disputes.openedAt), desc(orders.id))
      .limit(win.pageSize)
      .offset(win.offset),
    db
      .select({
        total: count(),
        open: sql<number>`COALESCE(SUM(${isOpen}), 0)`.mapWith(Number),
      })
      .from(disputes)
      .innerJoin(orders, and(eq(orders.id, disputes.orderId), opened)),
  ]);
  return {
    rows: items.map(({ amountMinor, currency, lostAt, openedAt, ...r }) => ({
      ...r,
      amount: money(amountMinor, isCurrency(currency) ? currency : 'USD'),
      openedAt: new Date(openedAt!),
      outcome: r.status !== 'disputed' ? 'won' : lostAt ? 'lost' : 'open',
    })),
    total: counts?.total ?? 0,
    open: counts?.open ?? 0,
    page: win.page,
    pageSize: win.pageSize,
  };
}
