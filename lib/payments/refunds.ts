import 'server-only';

import { and, eq, isNotNull, sql } from 'drizzle-orm';

import { db } from '@/db';
import { lessonProgress, lessons, orderEvents, orders, refunds } from '@/db/schema';
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
 * guard); an approval calls Stripe with the idempotency key `refund:<orderId>`, so even a retried
 * approval is one refund. Access ends when Stripe's `charge.refunded` arrives (fulfil-order.ts).
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
  if (approve) await issueStripeRefund(row.order.id);
}

/**
 * Admins refund a paid order directly (no request needed), with a reason; audited. The same
 * idempotency key as an approval, so an approval and a direct refund can never both charge back.
 */
export async function adminRefundOrder(
  viewer: Viewer,
  orderId: string,
  reason: string,
  actorIp = '',
) {
  if (!canManageOrders(viewer)) throw new AppError('NOT_FOUND', 'Errors.notFound');
  const [order] = await db.select().from(orders).where(eq(orders.id, orderId)).limit(1);
  if (!order) throw new AppError('NOT_FOUND', 'Errors.notFound');
  if (order.status === 'disputed') throw new AppError('CONFLICT', 'Orders.refund.blocked.disputed');
  if (order.status !== 'paid') throw new AppError('CONFLICT', 'Orders.refund.blocked.notPaid');
  if (order.amountMinor === 0) throw new AppError('CONFLICT', 'Orders.refund.blocked.nothingPaid');
  await db.transaction(async (tx) => {
    await tx
      .insert(refunds)
      .values({
        id: newId(),
        orderId,
        amountMinor: order.amountMinor,
        currency: order.currency,
        reason,
        status: 'approved',
        requestedBy: viewer.id,
        decidedBy: viewer.id,
        decisionReason: reason,
      })
      .onDuplicateKeyUpdate({
        set: { status: sql`if(status = 'requested', 'approved', status)`, decidedBy: viewer.id },
      });
    await tx.insert(orderEvents).values({
      orderId,
      type: 'refund_approved',
      source: `admin:${viewer.id}`,
      detail: reason.slice(0, 255),
    });
    await writeAudit(tx, viewer, actorIp, {
      action: 'refund.admin',
      targetType: 'order',
      targetId: orderId,
      before: { status: order.status },
      after: { refund: 'approved' },
      reason,
    });
  });
  await issueStripeRefund(orderId);
}

async function issueStripeRefund(orderId: string) {
  const [order] = await db
    .select({ paymentIntentId: orders.paymentIntentId })
    .from(orders)
    .where(and(eq(orders.id, orderId), isNotNull(orders.paymentIntentId)));
  if (!order?.paymentIntentId) throw new AppError('CONFLICT', 'Orders.refund.blocked.notPaid');
  const refund = await stripe.refunds.create(
    { payment_intent: order.paymentIntentId, metadata: { order_id: orderId } },
    { idempotencyKey: `refund:${orderId}` },
  );
  await db.update(refunds).set({ stripeRefundId: refund.id }).where(eq(refunds.orderId, orderId));
}
