import 'server-only';

import { eq } from 'drizzle-orm';
import type Stripe from 'stripe';

import { db } from '@/db';
import { paymentEvents } from '@/db/schema';
import { logger } from '@/lib/logger';

import { syncOrder, type OrderSync, type Source, type SyncResult } from './fulfil-order';
import type { StripeRefund } from './ledger';
import type { PaymentSnapshot } from './order-state';
import { stripe } from './stripe';

/** The event types the endpoint subscribes to (PAY-3: nothing else). */
export const HANDLED_EVENTS = [
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'checkout.session.async_payment_failed',
  'checkout.session.expired',
  'payment_intent.payment_failed',
  'charge.refunded',
  'charge.refund.updated',
  'refund.created',
  'refund.updated',
  'charge.dispute.created',
  'charge.dispute.closed',
] as const;

type Handled = (typeof HANDLED_EVENTS)[number];
const isHandled = (t: string): t is Handled => (HANDLED_EVENTS as readonly string[]).includes(t);

const idOf = (v: string | { id: string } | null | undefined) =>
  v == null ? null : typeof v === 'string' ? v : v.id;

/**
 * The charge's succeeded refunds, oldest first (the order the ledger books them in). A pending
 * refund is booked when Stripe reports it succeeded; a failed or canceled one never is. The charge
 * carries its first refunds when expanded; beyond that Stripe pages them by charge.
 */
async function refundsOf(charge: Stripe.Charge | null): Promise<StripeRefund[]> {
  if (!charge?.refunds) return [];
  const all = charge.refunds.has_more
    ? await stripe.refunds
        .list({ charge: charge.id, limit: 100 })
        .autoPagingToArray({ limit: 10_000 })
    : charge.refunds.data;
  return all
    .filter((r) => r.status === 'succeeded')
    .sort((a, b) => a.created - b.created || a.id.localeCompare(b.id))
    .map((r) => ({ id: r.id, amountMinor: r.amount }));
}

function refundOf(
  charge: Stripe.Charge | null,
  refunds: StripeRefund[],
): PaymentSnapshot['refund'] {
  const refunded = refunds.reduce((s, r) => s + r.amountMinor, 0);
  if (!charge || refunded === 0) return 'none';
  return refunded >= charge.amount ? 'full' : 'partial';
}

function failureOf(pi: Stripe.PaymentIntent | null): string | null {
  const e = pi?.last_payment_error;
  return e ? (e.decline_code ?? e.code ?? 'declined') : null;
}

/** The current Checkout Session, re-fetched with its payment (PAY-5), as an OrderSync. */
export async function syncFromSession(sessionId: string): Promise<OrderSync | null> {
  const s = await stripe.checkout.sessions.retrieve(sessionId, {
    expand: ['payment_intent.latest_charge.refunds'],
  });
  const orderId = s.metadata?.order_id ?? s.client_reference_id;
  if (!orderId) return null;
  const pi = typeof s.payment_intent === 'object' ? s.payment_intent : null;
  const charge = pi && typeof pi.latest_charge === 'object' ? pi.latest_charge : null;
  let payment: PaymentSnapshot['payment'] = 'open';
  if (s.payment_status === 'paid' || s.payment_status === 'no_payment_required') payment = 'paid';
  else if (s.status === 'expired') payment = 'expired';
  else if (s.status === 'complete')
    payment = pi && pi.status === 'processing' ? 'awaiting' : pi ? 'failed' : 'awaiting';
  const refunds = await refundsOf(charge);
  return {
    orderId,
    sessionId: s.id,
    payment,
    refund: refundOf(charge, refunds),
    refunds,
    dispute: null,
    amountMinor: s.amount_total ?? -1,
    currency: s.currency ?? '',
    paymentIntentId: pi?.id ?? null,
    chargeId: charge?.id ?? null,
    method: charge?.payment_method_details?.type ?? pi?.payment_method_types?.[0] ?? null,
    failureReason: payment === 'failed' ? (failureOf(pi) ?? 'async_failed') : failureOf(pi),
    stripeCreated: s.created,
  };
}

/** A charge re-fetched with its PaymentIntent; the intent carries our order id in metadata. */
export async function syncFromCharge(
  chargeId: string,
  dispute: PaymentSnapshot['dispute'],
): Promise<OrderSync | null> {
  const charge = await stripe.charges.retrieve(chargeId, { expand: ['payment_intent', 'refunds'] });
  const pi = typeof charge.payment_intent === 'object' ? charge.payment_intent : null;
  const orderId = pi?.metadata?.order_id;
  if (!orderId || !pi) return null;
  const refunds = await refundsOf(charge);
  return {
    orderId,
    sessionId: null,
    payment: pi.status === 'succeeded' ? 'paid' : 'open',
    refund: refundOf(charge, refunds),
    refunds,
    dispute,
    amountMinor: charge.amount,
    currency: charge.currency,
    paymentIntentId: pi.id,
    chargeId: charge.id,
    method: charge.payment_method_details?.type ?? null,
    failureReason: null,
    stripeCreated: charge.created,
  };
}

async function syncFromIntent(intentId: string): Promise<OrderSync | null> {
  const pi = await stripe.paymentIntents.retrieve(intentId);
  const orderId = pi.metadata?.order_id;
  if (!orderId) return null;
  return {
    orderId,
    sessionId: null,
    payment: 'open',
    refund: 'none',
    refunds: [],
    dispute: null,
    amountMinor: pi.amount,
    currency: pi.currency,
    paymentIntentId: pi.id,
    chargeId: null,
    method: pi.payment_method_types?.[0] ?? null,
    failureReason: failureOf(pi),
    stripeCreated: pi.created,
  };
}

async function syncFor(event: Stripe.Event & { type: Handled }): Promise<OrderSync | null> {
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded':
    case 'checkout.session.async_payment_failed':
    case 'checkout.session.expired':
      return syncFromSession(event.data.object.id);
    case 'payment_intent.payment_failed':
      return syncFromIntent(event.data.object.id);
    case 'charge.refunded':
      return syncFromCharge(event.data.object.id, null);
    case 'charge.refund.updated':
    case 'refund.created':
    case 'refund.updated':
      return syncFromRefund(event.data.object.id);
    case 'charge.dispute.created':
    case 'charge.dispute.closed':
      return syncFromDispute(event.data.object.id);
  }
}

/** A dispute re-fetched, as the sync of its charge with the dispute's state. */
export async function syncFromDispute(disputeId: string): Promise<OrderSync | null> {
  const d = await stripe.disputes.retrieve(disputeId);
  const state = d.status === 'won' ? 'won' : d.status === 'lost' ? 'lost' : 'open';
  return syncFromCharge(idOf(d.charge) ?? '', state);
}

/** A refund re-fetched, as the sync of its charge (which lists every refund of the payment). */
export async function syncFromRefund(refundId: string): Promise<OrderSync | null> {
  const r = await stripe.refunds.retrieve(refundId);
  const chargeId = idOf(r.charge);
  return chargeId ? syncFromCharge(chargeId, null) : null;
}

/**
 * Handles one verified event exactly once. Unknown types and unknown orders are recorded and
 * acknowledged (200); a thrown error means 5xx, so Stripe retries.
 */
export async function handleStripeEvent(event: Stripe.Event): Promise<SyncResult | 'ignored'> {
  const seen = await db
    .select({ id: paymentEvents.id })
    .from(paymentEvents)
    .where(eq(paymentEvents.id, event.id))
    .limit(1);
  if (seen.length > 0) return 'duplicate';
  if (!isHandled(event.type)) return 'ignored';
  const source: Source = {
    label: event.type,
    event: { id: event.id, type: event.type, created: event.created },
  };
  const sync = await syncFor(event as Stripe.Event & { type: Handled });
  if (!sync) {
    await db
      .insert(paymentEvents)
      .values({ id: event.id, type: event.type, orderId: null, stripeCreated: event.created })
      .onDuplicateKeyUpdate({ set: { id: event.id } });
    logger.warn({ eventId: event.id, type: event.type }, 'stripe event without an order');
    return 'unknown_order';
  }
  const result = await syncOrder(sync, source);
  if (result === 'mismatch')
    logger.error({ eventId: event.id, orderId: sync.orderId }, 'stripe amount differs from order');
  if (result === 'unknown_order')
    logger.warn({ eventId: event.id, orderId: sync.orderId }, 'stripe event for an unknown order');
  return result;
}
