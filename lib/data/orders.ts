import 'server-only';

import { and, asc, desc, eq, type SQL } from 'drizzle-orm';

import { db } from '@/db';
import {
  courses,
  earningsLedger,
  orderEvents,
  orders,
  refunds,
  users,
  type OrderEventType,
  type OrderStatus,
} from '@/db/schema';
import { canManageOrders } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { isCurrency, money, type Money } from '@/lib/money';
import { syncOrder } from '@/lib/payments/fulfil-order';
import { refundEligibility, type RefundEligibility } from '@/lib/payments/refunds';
import { syncFromSession } from '@/lib/payments/webhook-events';

export type OrderSummary = {
  id: string;
  courseTitle: string;
  courseSlug: string;
  total: Money;
  status: OrderStatus;
  createdAt: Date;
  paidAt: Date | null;
};

export type OrderDetail = OrderSummary & {
  courseId: string;
  listPrice: Money;
  discount: Money;
  paymentMethod: string | null;
  failureReason: string | null;
  buyerName: string;
  buyerEmail: string | null;
  /** What Stripe has refunded so far and the ledger booked (partial refunds add up here). */
  refunded: Money;
  /** Each Stripe refund the ledger booked, oldest first: its amount and when it was booked. */
  refundLines: { amount: Money; at: Date }[];
  timeline: {
    type: OrderEventType;
    at: Date;
    source: string;
    detail: string | null;
    /** The refund's amount on `partially_refunded` and `refunded` lines. */
    amount: Money | null;
  }[];
  refund: {
    status: string;
    reason: string;
    decisionReason: string | null;
    amount: Money;
  } | null;
  eligibility: RefundEligibility;
};

const toMoney = (amount: number, currency: string) =>
  money(amount, isCurrency(currency) ? currency : 'USD');

const summaryColumns = {
  id: orders.id,
  courseTitle: courses.title,
  courseSlug: courses.slug,
  amountMinor: orders.amountMinor,
  currency: orders.currency,
  status: orders.status,
  createdAt: orders.createdAt,
  paidAt: orders.paidAt,
};

const REFUND_EVENTS: OrderEventType[] = ['partially_refunded', 'refunded'];

/** Refund lines carry their amount in minor units as the detail (fulfil-order.ts). */
function refundAmountOf(e: { type: OrderEventType; detail: string | null }, currency: string) {
  return REFUND_EVENTS.includes(e.type) && e.detail && /^\d+$/.test(e.detail)
    ? toMoney(Number(e.detail), currency)
    : null;
}

/** The buyer's own orders, newest first. */
export async function listMyOrders(viewer: Viewer): Promise<OrderSummary[]> {
  const rows = await db
    .select(summaryColumns)
    .from(orders)
    .innerJoin(courses, eq(courses.id, orders.courseId))
    .where(eq(orders.userId, viewer.id))
    .orderBy(desc(orders.createdAt))
    .limit(200);
  return rows.map(({ amountMinor, currency, ...r }) => ({
    ...r,
    total: toMoney(amountMinor, currency),
  }));
}

async function loadDetail(where: SQL | undefined): Promise<OrderDetail | null> {
  const [row] = await db
    .select({
      ...summaryColumns,
      userId: orders.userId,
      courseId: orders.courseId,
      listPriceMinor: orders.listPriceMinor,
      discountMinor: orders.discountMinor,
      refundedMinor: orders.refundedMinor,
      paymentMethod: orders.paymentMethod,
      failureReason: orders.failureReason,
      buyerName: users.name,
      buyerEmail: users.email,
    })
    .from(orders)
    .innerJoin(courses, eq(courses.id, orders.courseId))
    .innerJoin(users, eq(users.id, orders.userId))
    .where(where)
    .limit(1);
  if (!row) return null;
  const [timeline, [refund], refundLines] = await Promise.all([
    db
      .select({
        type: orderEvents.type,
        at: orderEvents.createdAt,
        source: orderEvents.source,
        detail: orderEvents.detail,
      })
      .from(orderEvents)
      .where(eq(orderEvents.orderId, row.id))
      .orderBy(asc(orderEvents.id)),
    db
      .select({
        status: refunds.status,
        reason: refunds.reason,
        decisionReason: refunds.decisionReason,
        amountMinor: refunds.amountMinor,
        currency: refunds.currency,
      })
      .from(refunds)
      .where(eq(refunds.orderId, row.id)),
    db
      .select({ amountMinor: earningsLedger.amountMinor, at: earningsLedger.createdAt })
      .from(earningsLedger)
      .where(and(eq(earningsLedger.orderId, row.id), eq(earningsLedger.kind, 'refund')))
      .orderBy(asc(earningsLedger.id)),
  ]);
  const eligibility = await refundEligibility({ ...row, hasRefundRequest: !!refund });
  return {
    id: row.id,
    courseTitle: row.courseTitle,
    courseSlug: row.courseSlug,
    courseId: row.courseId,
    status: row.status,
    createdAt: row.createdAt,
    paidAt: row.paidAt,
    paymentMethod: row.paymentMethod,
    failureReason: row.failureReason,
    buyerName: row.buyerName,
    buyerEmail: row.buyerEmail,
    total: toMoney(row.amountMinor, row.currency),
    listPrice: toMoney(row.listPriceMinor, row.currency),
    discount: toMoney(row.discountMinor, row.currency),
    refunded: toMoney(row.refundedMinor, row.currency),
    // The ledger is the creator's side, where a refund is negative; the buyer sees what came back.
    refundLines: refundLines.map((l) => ({
      amount: toMoney(-l.amountMinor, row.currency),
      at: l.at,
    })),
    // Stripe event ids are shown as they are; actors only by role, never by internal user id.
    timeline: timeline.map((e) => ({
      ...e,
      source: e.source.startsWith('evt_') ? e.source : e.source.split(':')[0]!,
      amount: refundAmountOf(e, row.currency),
    })),
    refund: refund
      ? {
          status: refund.status,
          reason: refund.reason,
          decisionReason: refund.decisionReason,
          amount: toMoney(refund.amountMinor, refund.currency),
        }
      : null,
    eligibility,
  };
}

/** ACCESS-1: scoped to the buyer in SQL; anyone else's order is simply not found. */
export async function getMyOrder(viewer: Viewer, orderId: string): Promise<OrderDetail | null> {
  return loadDetail(and(eq(orders.id, orderId), eq(orders.userId, viewer.id)));
}

/** The admin panel's view of any order (admins only; the caller's role is checked here). */
export async function adminGetOrder(viewer: Viewer, orderId: string): Promise<OrderDetail | null> {
  if (!canManageOrders(viewer)) return null;
  return loadDetail(eq(orders.id, orderId));
}

/** The buyer, or an admin (ACCESS-1): the order behind a receipt download; null for anyone else. */
export async function getOrderForReceipt(
  viewer: Viewer,
  orderId: string,
): Promise<OrderDetail | null> {
  return (await getMyOrder(viewer, orderId)) ?? (await adminGetOrder(viewer, orderId));
}

export type CheckoutConfirmation =
  | { state: 'paid'; orderId: string; courseSlug: string }
  | { state: 'processing'; orderId: string }
  | { state: 'unknown' };

/**
 * The success page (PAY-8): never grants access itself. It retrieves the session from Stripe and,
 * only for an order the viewer owns, runs the same idempotent fulfilment as the webhook.
 */
export async function confirmCheckout(
  viewer: Viewer,
  sessionId: string,
): Promise<CheckoutConfirmation> {
  const sync = await syncFromSession(sessionId).catch(() => null);
  if (!sync) return { state: 'unknown' };
  const [own] = await db
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.id, sync.orderId), eq(orders.userId, viewer.id)));
  if (!own) return { state: 'unknown' };
  await syncOrder(sync, { label: 'success_page' });
  const [after] = await db
    .select({ status: orders.status, slug: courses.slug })
    .from(orders)
    .innerJoin(courses, eq(courses.id, orders.courseId))
    .where(eq(orders.id, own.id));
  return after?.status === 'paid'
    ? { state: 'paid', orderId: own.id, courseSlug: after.slug }
    : { state: 'processing', orderId: own.id };
}
