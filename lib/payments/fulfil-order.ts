import 'server-only';

import { and, eq, sql } from 'drizzle-orm';

import { db, type Tx } from '@/db';
import {
  behaviourEvents,
  courses,
  enrollments,
  orderEvents,
  orders,
  paymentEvents,
  refunds,
  type EnrollmentStatus,
  type Order,
  type OrderEventType,
  type OrderStatus,
} from '@/db/schema';
import { isDuplicateKeyError, sqlErrorCode } from '@/lib/errors';
import { newId } from '@/lib/ids';

import { redeemCoupon, releaseCoupon } from './coupons';
import { bookRefunds, writeLedgerSet, type StripeRefund } from './ledger';
import { pathTo, targetStatus, type PaymentSnapshot } from './order-state';
import { getPaymentSettings } from './settings';

/** Everything fulfilment needs, re-fetched from Stripe by webhook-events.ts or the success page. */
export type OrderSync = PaymentSnapshot & {
  orderId: string;
  /** The Checkout Session this snapshot came from; null when it came from a charge or intent. */
  sessionId: string | null;
  amountMinor: number;
  currency: string;
  paymentIntentId: string | null;
  chargeId: string | null;
  method: string | null;
  failureReason: string | null;
  /** The charge's succeeded refunds, oldest first; each is booked once, by its id. */
  refunds: StripeRefund[];
  /** `created` of the Stripe object (seconds), stored so older snapshots are recognisable. */
  stripeCreated: number;
};

export type Source = { label: string; event?: { id: string; type: string; created: number } };
export type SyncResult = 'applied' | 'duplicate' | 'unknown_order' | 'mismatch';

const OPEN = ['pending', 'awaiting_payment'] as const;

/**
 * The one idempotent fulfilment (PAY-4): records the Stripe event (primary key) and applies every
 * state step with its side effects in ONE transaction, under a row lock on the order. A duplicate
 * event id rolls everything back and changes nothing; any failure rolls back the event row too,
 * so Stripe's retry finds a clean slate.
 */
export async function syncOrder(sync: OrderSync, source: Source): Promise<SyncResult> {
  const { platformFeeBps } = await getPaymentSettings();
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction((tx) => apply(tx, sync, source, platformFeeBps));
    } catch (err) {
      if (isDuplicateKeyError(err) && source.event) return 'duplicate';
      // InnoDB rolled the loser of a deadlock back whole; its retry starts from a clean slate.
      if (sqlErrorCode(err) === 'ER_LOCK_DEADLOCK' && attempt < 8) {
        await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * (attempt + 1)));
        continue;
      }
      throw err;
    }
  }
}

async function apply(tx: Tx, sync: OrderSync, source: Source, feeBps: number): Promise<SyncResult> {
  const [order] = await tx.select().from(orders).where(eq(orders.id, sync.orderId)).for('update');
  // Buyers of one course meet on its row (the enrolment counter) and its enrolment index: take the
  // course lock before any insert takes shared locks through foreign keys, so they queue in order.
  if (order)
    await tx
      .select({ id: courses.id })
      .from(courses)
      .where(eq(courses.id, order.courseId))
      .for('update');
  if (source.event)
    await tx.insert(paymentEvents).values({
      id: source.event.id,
      type: source.event.type,
      orderId: order ? order.id : null,
      stripeCreated: source.event.created,
    });
  if (!order) return 'unknown_order';
  // PAY-1: what Stripe charged must be what we priced.
  if (sync.amountMinor !== order.amountMinor || sync.currency.toUpperCase() !== order.currency)
    return 'mismatch';

  // A superseded session (the order moved on to a newer one) may still pay, but its expiry or
  // failure must not close the order the buyer is paying through now.
  const stale =
    sync.sessionId !== null &&
    sync.sessionId !== order.checkoutSessionId &&
    sync.payment !== 'paid';
  const target = stale ? order.status : targetStatus(order.status, sync);
  const steps = pathTo(order.status, target) ?? [];
  const ctx = { tx, order, sync, source: source.event?.id ?? source.label, feeBps };
  let from: OrderStatus = order.status;
  for (const to of steps) {
    await step(ctx, from, to);
    from = to;
  }
  if (steps.length === 0 && order.status === 'disputed' && sync.dispute === 'lost')
    await disputeLost(ctx);
  // A further partial refund (or one seen late) moves no status but is booked all the same.
  if (from === 'partially_refunded' || from === 'refunded') await refundLines(ctx);
  if (steps.length === 0 && from === 'pending' && sync.failureReason && source.event) {
    await tx
      .update(orders)
      .set({ failureReason: sync.failureReason, paymentMethod: sync.method })
      .where(eq(orders.id, order.id));
    await timeline(ctx, 'payment_failed', `${sync.method ?? ''}:${sync.failureReason}`);
    await funnel(ctx, 'checkout_fail', sync.failureReason);
  }
  return 'applied';
}

type Ctx = { tx: Tx; order: Order; sync: OrderSync; source: string; feeBps: number };

async function step(ctx: Ctx, from: OrderStatus, to: OrderStatus) {
  const { tx, order, sync } = ctx;
  const now = new Date();
  const patch: Partial<Order> = { status: to, stripeUpdatedAt: sync.stripeCreated };
  if (OPEN.includes(from as (typeof OPEN)[number]) && to !== 'awaiting_payment')
    patch.openKey = null;
  if (to === 'paid' && from !== 'disputed') {
    Object.assign(patch, {
      paidAt: now,
      paymentIntentId: sync.paymentIntentId,
      chargeId: sync.chargeId,
      paymentMethod: sync.method,
      failureReason: null,
    });
  }
  if (to === 'refunded') patch.refundedAt = now;
  // The row lock is held; the status guard is the state machine's last word (forward only).
  await tx
    .update(orders)
    .set(patch)
    .where(and(eq(orders.id, order.id), eq(orders.status, from)));

  if (to === 'awaiting_payment') return timeline(ctx, 'awaiting_payment');
  // The coupon's reserved use follows the order exactly once: released when it closes unpaid,
  // redeemed when it is paid (PAY-2); the redemption row's status is the guard.
  if (to === 'failed' || to === 'expired') await releaseCoupon(tx, order.id);
  if (to === 'failed') {
    await timeline(ctx, 'payment_failed', sync.failureReason);
    return funnel(ctx, 'checkout_fail', sync.failureReason ?? 'async_failed');
  }
  if (to === 'expired') {
    await timeline(ctx, 'expired');
    // A session that never saw a payment attempt was abandoned; otherwise it expired after one.
    return funnel(ctx, order.failureReason ? 'checkout_expire' : 'checkout_abandon', null);
  }
  if (from === 'disputed' && (to === 'paid' || to === 'partially_refunded')) {
    await writeLedgerSet(tx, order, 'dispute_won', ctx.feeBps);
    await setEnrollment(ctx, 'active');
    await timeline(ctx, 'dispute_won');
    return timeline(ctx, 'access_granted');
  }
  if (to === 'partially_refunded') return refundLines(ctx);
  if (to === 'paid') {
    await writeLedgerSet(tx, order, 'sale', ctx.feeBps);
    await redeemCoupon(tx, order.id);
    await timeline(ctx, 'paid', sync.method);
    await setEnrollment(ctx, 'active');
    await timeline(ctx, 'access_granted');
    await funnel(ctx, 'checkout_complete', sync.method);
    return;
  }
  if (to === 'refunded') {
    const booked = await refundLines(ctx);
    // Only a refund booked before refunds had ids (or none seen) leaves this step without its line.
    if (!booked.some((r) => r.final)) await timeline(ctx, 'refunded');
    await setEnrollment(ctx, 'revoked');
    return timeline(ctx, 'access_revoked');
  }
  if (to === 'disputed') {
    // Refunds Stripe made before the dispute come first: the dispute takes back what they left.
    await refundLines(ctx);
    await writeLedgerSet(tx, order, 'dispute', ctx.feeBps);
    await timeline(ctx, 'disputed');
    await setEnrollment(ctx, 'suspended');
    if (sync.dispute === 'lost') await disputeLost(ctx);
  }
}

/**
 * Books the snapshot's refunds not yet in the ledger (each once, by its Stripe id), records the
 * order's refunded total and one timeline line per refund with its amount. Access is untouched:
 * only the step to `refunded` ends it.
 */
async function refundLines(ctx: Ctx) {
  const { tx, order } = ctx;
  const { booked, refundedMinor } = await bookRefunds(tx, order, ctx.sync.refunds);
  if (booked.length === 0) return booked;
  await tx.update(orders).set({ refundedMinor }).where(eq(orders.id, order.id));
  await tx
    .update(refunds)
    .set({ status: 'succeeded' })
    .where(and(eq(refunds.orderId, order.id), eq(refunds.status, 'approved')));
  for (const r of booked)
    await timeline(ctx, r.final ? 'refunded' : 'partially_refunded', String(r.amountMinor));
  return booked;
}

async function disputeLost(ctx: Ctx) {
  await setEnrollment(ctx, 'revoked');
  await timeline(ctx, 'dispute_lost');
}

/** Access follows the order; the course counter moves only when access actually changes. */
async function setEnrollment(ctx: Ctx, status: EnrollmentStatus) {
  const { tx, order } = ctx;
  // apply() already holds the course row's lock, so buyers of this course queue before this read.
  const [current] = await tx
    .select({ id: enrollments.id, status: enrollments.status })
    .from(enrollments)
    .where(and(eq(enrollments.userId, order.userId), eq(enrollments.courseId, order.courseId)))
    .for('update');
  if (current?.status === status) return;
  if (!current && status !== 'active') return;
  const delta = status === 'active' ? 1 : current?.status === 'active' ? -1 : 0;
  if (delta !== 0)
    await tx
      .update(courses)
      .set({
        enrollmentCount: sql`greatest(0, cast(${courses.enrollmentCount} as signed) + ${delta})`,
      })
      .where(eq(courses.id, order.courseId));
  if (current)
    await tx
      .update(enrollments)
      .set({ status, orderId: order.id, source: 'purchase' })
      .where(eq(enrollments.id, current.id));
  else
    await tx.insert(enrollments).values({
      id: newId(),
      userId: order.userId,
      courseId: order.courseId,
      source: 'purchase',
      orderId: order.id,
    });
  if (status === 'active')
    await tx
      .insert(behaviourEvents)
      .values({ userId: order.userId, type: 'enroll', courseId: order.courseId });
}

async function timeline(ctx: Ctx, type: OrderEventType, detail?: string | null) {
  await ctx.tx
    .insert(orderEvents)
    .values({ orderId: ctx.order.id, type, source: ctx.source, detail: detail?.slice(0, 255) });
}

type FunnelType = 'checkout_complete' | 'checkout_fail' | 'checkout_expire' | 'checkout_abandon';

async function funnel(ctx: Ctx, type: FunnelType, detail: string | null) {
  await ctx.tx.insert(behaviourEvents).values({
    userId: ctx.order.userId,
    type,
    courseId: ctx.order.courseId,
    detail: detail?.slice(0, 40),
  });
}
