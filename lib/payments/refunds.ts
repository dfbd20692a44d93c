import 'server-only';

import { and, eq, isNull, sql } from 'drizzle-orm';
import Stripe from 'stripe';

import { db } from '@/db';
import { lessonProgress, lessons, orderEvents, orders, refunds, type Order } from '@/db/schema';
import { canManageOrders } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { writeAudit } from '@/lib/data/audit';
import { AppError, isDuplicateKeyError } from '@/lib/errors';
import { newId } from '@/lib/ids';

import { getPaymentSettings, type PaymentSettings } from './settings';
import { stripe } from './stripe';

const DAY_MS = 86_400_000;

/** Whole days since the payment landed, as the refund window counts them. */
export function daysSince(paidAt: Date | null, now = Date.now()): number {
  return paidAt ? Math.floor((now - paidAt.getTime()) / DAY_MS) : 0;
}

export type RefundRule = Pick<PaymentSettings, 'refundWindowDays' | 'refundMaxConsumedPercent'>;

export type RefundEligibility = {
  rule: RefundRule;
  consumedPercent: number;
  daysSincePurchase: number;
  /** null when a request may be made; else the message key that says why not. */
  blockedBy: string | null;
};

/** The consumption rule's arithmetic: completed lessons of all lessons, whole percent, rounded down. */
export function percentConsumed(done: number, total: number): number {
  return total === 0 ? 0 : Math.floor((done * 100) / total);
}

/** The rule itself: inside the window and under the consumption limit (either bound is exclusive). */
export function withinRefundRule(days: number, consumed: number, rule: RefundRule): boolean {
  return days < rule.refundWindowDays && consumed < rule.refundMaxConsumedPercent;
}

/** Share of the course's lessons the learner has completed, in whole percent. */
export async function consumedPercent(userId: string, courseId: string): Promise<number> {
  const [row] = await db
    .select({
      total: sql<number>`count(*)`,
      done: sql<number>`count(${lessonProgress.completedAt})`,
    })
    .from(lessons)
    .leftJoin(
      lessonProgress,
      and(eq(lessonProgress.lessonId, lessons.id), eq(lessonProgress.userId, userId)),
    )
    .where(eq(lessons.courseId, courseId));
  return percentConsumed(Number(row?.done ?? 0), Number(row?.total ?? 0));
}

/** The plain rule (platform settings), applied to one order with the buyer's own consumption. */
export async function refundEligibility(order: {
  userId: string;
  courseId: string;
  status: string;
  amountMinor: number;
  paidAt: Date | null;
  hasRefundRequest: boolean;
}): Promise<RefundEligibility> {
  const settings = await getPaymentSettings();
  const rule = {
    refundWindowDays: settings.refundWindowDays,
    refundMaxConsumedPercent: settings.refundMaxConsumedPercent,
  };
  const consumed = await consumedPercent(order.userId, order.courseId);
  const days = daysSince(order.paidAt);
  let blockedBy: string | null = null;
  if (order.status === 'disputed') blockedBy = 'Orders.refund.blocked.disputed';
  else if (order.status !== 'paid') blockedBy = 'Orders.refund.blocked.notPaid';
  else if (order.amountMinor === 0) blockedBy = 'Orders.refund.blocked.nothingPaid';
  else if (order.hasRefundRequest) blockedBy = 'Orders.refund.blocked.alreadyRequested';
  else if (!withinRefundRule(days, consumed, rule))
    blockedBy =
      days >= rule.refundWindowDays
        ? 'Orders.refund.blocked.window'
        : 'Orders.refund.blocked.consumed';
  return { rule, consumedPercent: consumed, daysSincePurchase: days, blockedBy };
}

/** The buyer asks for a refund inside the rule; another user's order is 404 (ACCESS-1, PAY-7). */
export async function requestRefund(viewer: Viewer, orderId: string, reason: string) {
  const [order] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.id, orderId), eq(orders.userId, viewer.id)))
    .limit(1);
  if (!order) throw new AppError('NOT_FOUND', 'Errors.notFound');
  const [existing] = await db
    .select({ id: refunds.id })
    .from(refunds)
    .where(eq(refunds.orderId, order.id));
  const check = await refundEligibility({ ...order, hasRefundRequest: !!existing });
  if (check.blockedBy) throw new AppError('CONFLICT', check.blockedBy);
  try {
    await db.transaction(async (tx) => {
      await tx.insert(refunds).values({
        id: newId(),
        orderId: order.id,
        amountMinor: order.amountMinor,
        currency: order.currency,
        reason,
        requestedBy: viewer.id,
      });
      await tx
        .insert(orderEvents)
        .values({ orderId: order.id, type: 'refund_requested', source: `user:${viewer.id}` });
    });
  } catch (err) {
    if (isDuplicateKeyError(err))
      throw new AppError('CONFLICT', 'Orders.refund.blocked.alreadyRequested');
    throw err;
  }
}

/**
 * The course's creator or an admin approves or declines a request. Only one decision wins (status
 * guard); an approval refunds everything left through `createStripeRefund`, whose idempotency key
 * makes even a retried approval one refund. Access ends when Stripe's `charge.refunded` arrives
 * (fulfil-order.ts).
 */
export async function decideRefund(
  viewer: Viewer,
  refundId: string,
  decision: 'approve' | 'decline',
  reason: string,
  actorIp = '',
) {
  const [row] = await db
    .select({ refund: refunds, order: orders })
    .from(refunds)
    .innerJoin(orders, eq(orders.id, refunds.orderId))
    .where(eq(refunds.id, refundId))
    .limit(1);
  if (!row || (viewer.role !== 'admin' && row.order.creatorId !== viewer.id))
    throw new AppError('NOT_FOUND', 'Errors.notFound');
  if (row.order.status === 'disputed')
    throw new AppError('CONFLICT', 'Orders.refund.blocked.disputed');
  const approve = decision === 'approve';
  const moved = await db.transaction(async (tx) => {
    const [res] = await tx
      .update(refunds)
      .set({
        status: approve ? 'approved' : 'rejected',
        decidedBy: viewer.id,
        decisionReason: reason,
      })
      .where(and(eq(refunds.id, refundId), eq(refunds.status, 'requested')));
    if (res.affectedRows !== 1) return false;
    await tx.insert(orderEvents).values({
      orderId: row.order.id,
      type: approve ? 'refund_approved' : 'refund_declined',
      source: `${viewer.role}:${viewer.id}`,
      detail: reason.slice(0, 255),
    });
    await writeAudit(tx, viewer, actorIp, {
      action: approve ? 'refund.approve' : 'refund.decline',
      targetType: 'order',
      targetId: row.order.id,
      before: { refund: 'requested' },
      after: { refund: approve ? 'approved' : 'rejected' },
      reason,
    });
    return true;
  });
  if (!moved) throw new AppError('CONFLICT', 'Orders.refund.alreadyDecided');
  if (approve) await createStripeRefund(row.order, row.order.amountMinor - row.order.refundedMinor);
}

/**
 * Admins refund a paid or partially refunded order directly (no request needed), with a reason;
 * audited. `amountMinor` defaults to everything not yet refunded and may not exceed it. The
 * idempotency key of `createStripeRefund` makes a retried or doubled click one refund, and an
 * approval racing a direct refund can never both charge back.
 */
export async function adminRefundOrder(
  viewer: Viewer,
  orderId: string,
  reason: string,
  opts: { amountMinor?: number; actorIp?: string } = {},
) {
  if (!canManageOrders(viewer)) throw new AppError('NOT_FOUND', 'Errors.notFound');
  const [order] = await db.select().from(orders).where(eq(orders.id, orderId)).limit(1);
  if (!order) throw new AppError('NOT_FOUND', 'Errors.notFound');
  if (order.status === 'disputed') throw new AppError('CONFLICT', 'Orders.refund.blocked.disputed');
  if (order.status !== 'paid' && order.status !== 'partially_refunded')
    throw new AppError('CONFLICT', 'Orders.refund.blocked.notPaid');
  if (order.amountMinor === 0) throw new AppError('CONFLICT', 'Orders.refund.blocked.nothingPaid');
  const left = order.amountMinor - order.refundedMinor;
  const amountMinor = opts.amountMinor ?? left;
  if (amountMinor > left) throw new AppError('BAD_REQUEST', 'Admin.Orders.refundAmountTooHigh');
  const full = amountMinor === left;
  const refund = {
    id: newId(),
    orderId,
    amountMinor,
    currency: order.currency,
    reason,
    status: 'approved' as const,
    requestedBy: viewer.id,
    decidedBy: viewer.id,
    decisionReason: reason,
  };
  await db.transaction(async (tx) => {
    // Refunding everything left settles the buyer's open request; a partial refund leaves the
    // order's refund row as it is and writes one only when there is none.
    if (full)
      await tx
        .insert(refunds)
        .values(refund)
        .onDuplicateKeyUpdate({
          set: { status: sql`if(status = 'requested', 'approved', status)`, decidedBy: viewer.id },
        });
    else await tx.insert(refunds).ignore().values(refund);
    await tx.insert(orderEvents).values({
      orderId,
      type: 'refund_approved',
      source: `admin:${viewer.id}`,
      detail: reason.slice(0, 255),
    });
    await writeAudit(tx, viewer, opts.actorIp ?? '', {
      action: 'refund.admin',
      targetType: 'order',
      targetId: orderId,
      before: { status: order.status, refundedMinor: order.refundedMinor },
      after: { refund: 'approved', amountMinor },
      reason,
    });
  });
  await createStripeRefund(order, amountMinor);
}

/**
 * One refund at Stripe. Its idempotency key is the order and what our ledger has refunded so far,
 * `refund:<orderId>:<refunded>`: two requests made on the same state (a double click, an approval
 * racing a direct refund) share it and are one refund, and the next refund, made once Stripe's
 * confirmation is booked, gets a new one.
 */
async function createStripeRefund(
  order: Pick<Order, 'id' | 'paymentIntentId' | 'refundedMinor'>,
  amountMinor: number,
) {
  if (!order.paymentIntentId) throw new AppError('CONFLICT', 'Orders.refund.blocked.notPaid');
  let refund: Stripe.Refund;
  try {
    refund = await stripe.refunds.create(
      {
        payment_intent: order.paymentIntentId,
        amount: amountMinor,
        metadata: { order_id: order.id },
      },
      { idempotencyKey: `refund:${order.id}:${order.refundedMinor}` },
    );
  } catch (err) {
    // A refund made meanwhile that we have not booked yet: Stripe refuses more than is left, or
    // the same key with another amount. Nothing was refunded twice.
    if (
      err instanceof Stripe.errors.StripeInvalidRequestError ||
      err instanceof Stripe.errors.StripeIdempotencyError
    )
      throw new AppError('CONFLICT', 'Orders.refund.blocked.changed');
    throw err;
  }
  // The order's refund row keeps the first Stripe refund made for it; the ledger keeps them all.
  await db
    .update(refunds)
    .set({ stripeRefundId: refund.id })
    .where(and(eq(refunds.orderId, order.id), isNull(refunds.stripeRefundId)));
}
