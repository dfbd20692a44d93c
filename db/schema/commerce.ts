import {
  bigint,
  boolean,
  char,
  index,
  int,
  mysqlEnum,
  mysqlTable,
  smallint,
  unique,
  varchar,
} from 'drizzle-orm/mysql-core';

import { courses } from './catalog';
import { createdAt, idColumn, seqId, timestamp, updatedAt } from './columns';
import { users } from './users';

/** Forward-only state machine (PAY-5): refunded or disputed never become paid again. */
export const ORDER_STATUSES = [
  'pending',
  'awaiting_payment',
  'paid',
  'failed',
  'expired',
  'refunded',
  'partially_refunded',
  'disputed',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const coupons = mysqlTable(
  'coupons',
  {
    id: idColumn().primaryKey(),
    code: varchar('code', { length: 40 }).notNull(),
    creatorId: idColumn('creator_id')
      .notNull()
      .references(() => users.id),
    /** Null = every course of the creator. */
    courseId: idColumn('course_id').references(() => courses.id, { onDelete: 'cascade' }),
    percentOff: smallint('percent_off', { unsigned: true }),
    amountOffMinor: int('amount_off_minor', { unsigned: true }),
    currency: char('currency', { length: 3 }),
    maxRedemptions: int('max_redemptions', { unsigned: true }),
    perUserLimit: smallint('per_user_limit', { unsigned: true }).notNull().default(1),
    redeemed: int('redeemed', { unsigned: true }).notNull().default(0),
    /** Reserved by open checkouts; released on expiry or failure (PAY-2). */
    reserved: int('reserved', { unsigned: true }).notNull().default(0),
    validFrom: timestamp('valid_from'),
    validUntil: timestamp('valid_until'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique('coupons_code_uq').on(t.code), index('coupons_creator_idx').on(t.creatorId)],
);

/** Our row, written before Checkout with the server-computed amount (PAY-1). */
export const orders = mysqlTable(
  'orders',
  {
    id: idColumn().primaryKey(),
    userId: idColumn('user_id')
      .notNull()
      .references(() => users.id),
    courseId: idColumn('course_id')
      .notNull()
      .references(() => courses.id),
    creatorId: idColumn('creator_id')
      .notNull()
      .references(() => users.id),
    listPriceMinor: int('list_price_minor', { unsigned: true }).notNull(),
    discountMinor: int('discount_minor', { unsigned: true }).notNull().default(0),
    amountMinor: int('amount_minor', { unsigned: true }).notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    couponId: idColumn('coupon_id').references(() => coupons.id),
    status: mysqlEnum('status', ORDER_STATUSES).notNull().default('pending'),
    checkoutSessionId: varchar('checkout_session_id', { length: 255 }),
    paymentIntentId: varchar('payment_intent_id', { length: 255 }),
    paymentMethod: varchar('payment_method', { length: 32 }),
    /** `created` of the newest Stripe object applied, so older snapshots are ignored (PAY-5). */
    stripeUpdatedAt: bigint('stripe_updated_at', { mode: 'number' }),
    /**
     * `<userId>:<courseId>` while the order is open (pending / awaiting payment), NULL once it leaves
     * those states. The unique index makes a double click or two tabs reuse one open order.
     */
    openKey: varchar('open_key', { length: 45 }),
    /** Last decline reason from the payment method (shown to the buyer; order stays retryable). */
    failureReason: varchar('failure_reason', { length: 255 }),
    chargeId: varchar('charge_id', { length: 255 }),
    /** What Stripe has refunded of the charge (its succeeded refunds), booked in the ledger. */
    refundedMinor: int('refunded_minor', { unsigned: true }).notNull().default(0),
    paidAt: timestamp('paid_at'),
    refundedAt: timestamp('refunded_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('orders_checkout_session_uq').on(t.checkoutSessionId),
    unique('orders_open_key_uq').on(t.openKey),
    index('orders_charge_idx').on(t.chargeId),
    index('orders_user_idx').on(t.userId, t.createdAt),
    index('orders_course_idx').on(t.courseId, t.status),
    index('orders_creator_idx').on(t.creatorId, t.status, t.paidAt),
    index('orders_status_idx').on(t.status, t.createdAt),
  ],
);

/** Processed Stripe events; the primary key makes delivery idempotent (PAY-4). */
export const paymentEvents = mysqlTable(
  'payment_events',
  {
    id: varchar('id', { length: 255 }).primaryKey(),
    type: varchar('type', { length: 80 }).notNull(),
    orderId: idColumn('order_id'),
    stripeCreated: bigint('stripe_created', { mode: 'number' }).notNull(),
    processedAt: createdAt(),
  },
  (t) => [index('payment_events_order_idx').on(t.orderId)],
);

export const REFUND_STATUSES = [
  'requested',
  'approved',
  'rejected',
  'succeeded',
  'failed',
] as const;

export const refunds = mysqlTable(
  'refunds',
  {
    id: idColumn().primaryKey(),
    orderId: idColumn('order_id')
      .notNull()
      .references(() => orders.id),
    amountMinor: int('amount_minor', { unsigned: true }).notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    status: mysqlEnum('status', REFUND_STATUSES).notNull().default('requested'),
    reason: varchar('reason', { length: 1000 }).notNull(),
    stripeRefundId: varchar('stripe_refund_id', { length: 255 }),
    /** Why the creator or admin approved or declined; shown to the buyer. */
    decisionReason: varchar('decision_reason', { length: 1000 }),
    requestedBy: idColumn('requested_by')
      .notNull()
      .references(() => users.id),
    decidedBy: idColumn('decided_by').references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('refunds_order_uq').on(t.orderId),
    unique('refunds_stripe_uq').on(t.stripeRefundId),
    index('refunds_status_idx').on(t.status, t.createdAt),
  ],
);

export const REDEMPTION_STATUSES = ['reserved', 'redeemed', 'released'] as const;

export const couponRedemptions = mysqlTable(
  'coupon_redemptions',
  {
    id: seqId(),
    couponId: idColumn('coupon_id')
      .notNull()
      .references(() => coupons.id),
    userId: idColumn('user_id')
      .notNull()
      .references(() => users.id),
    orderId: idColumn('order_id')
      .notNull()
      .references(() => orders.id),
    status: mysqlEnum('status', REDEMPTION_STATUSES).notNull().default('reserved'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('coupon_redemptions_order_uq').on(t.orderId),
    index('coupon_redemptions_user_idx').on(t.couponId, t.userId),
  ],
);

export const LEDGER_KINDS = [
  'sale',
  'platform_fee',
  'refund',
  'refund_fee',
  'dispute',
  'dispute_fee',
  'dispute_won',
  'dispute_won_fee',
  'payout',
] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/**
 * Creator earnings, append-only; amounts are signed minor units from the creator's side (a sale is
 * +gross, its platform fee −fee; reversals mirror them). One row per order, kind and `ref` (the
 * Stripe refund id for refund lines, '' for every other set), so a replayed event can never write a
 * second set and each Stripe refund is booked once (PAY-4). See docs/payments.md.
 */
export const earningsLedger = mysqlTable(
  'earnings_ledger',
  {
    id: seqId(),
    creatorId: idColumn('creator_id')
      .notNull()
      .references(() => users.id),
    orderId: idColumn('order_id').references(() => orders.id),
    kind: mysqlEnum('kind', LEDGER_KINDS).notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    ref: varchar('ref', { length: 255 }).notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    unique('ledger_order_kind_ref_uq').on(t.orderId, t.kind, t.ref),
    index('ledger_creator_idx').on(t.creatorId, t.createdAt),
  ],
);

export const ORDER_EVENT_TYPES = [
  'created',
  'checkout_opened',
  'awaiting_payment',
  'paid',
  'access_granted',
  'payment_failed',
  'expired',
  'refund_requested',
  'refund_declined',
  'refund_approved',
  'refunded',
  'partially_refunded',
  'access_revoked',
  'disputed',
  'dispute_won',
  'dispute_lost',
] as const;
export type OrderEventType = (typeof ORDER_EVENT_TYPES)[number];

/** The buyer-visible timeline of an order; append-only. `source` names the Stripe event or actor. */
export const orderEvents = mysqlTable(
  'order_events',
  {
    id: seqId(),
    orderId: idColumn('order_id')
      .notNull()
      .references(() => orders.id),
    type: mysqlEnum('type', ORDER_EVENT_TYPES).notNull(),
    source: varchar('source', { length: 255 }).notNull(),
    detail: varchar('detail', { length: 255 }),
    createdAt: createdAt(),
  },
  (t) => [index('order_events_order_idx').on(t.orderId, t.id)],
);

export type Order = typeof orders.$inferSelect;
export type OrderEvent = typeof orderEvents.$inferSelect;
export type NewOrder = typeof orders.$inferInsert;
export type Coupon = typeof coupons.$inferSelect;
export type NewCoupon = typeof coupons.$inferInsert;
export type PaymentEvent = typeof paymentEvents.$inferSelect;
export type Refund = typeof refunds.$inferSelect;
export type LedgerEntry = typeof earningsLedger.$inferSelect;
