import { randomBytes } from 'node:crypto';

/**
 * In-memory Stripe objects for the local emulator: only the fields our code reads, shaped like
 * Stripe's so the real SDK parses them. No lib/ imports: scripts and tests run it as it is.
 */
export type Json = Record<string, unknown>;
export type Method = 'card' | 'alipay' | 'wechat_pay';

export type Session = {
  id: string;
  object: 'checkout.session';
  amount_total: number;
  currency: string;
  client_reference_id: string | null;
  metadata: Record<string, string>;
  mode: 'payment';
  payment_method_types: Method[];
  payment_status: 'unpaid' | 'paid' | 'no_payment_required';
  status: 'open' | 'complete' | 'expired';
  payment_intent: string | null;
  success_url: string;
  cancel_url: string;
  url: string | null;
  created: number;
  expires_at: number;
  customer_email: string | null;
  line_items_name: string;
};

export type Charge = {
  id: string;
  object: 'charge';
  amount: number;
  amount_refunded: number;
  currency: string;
  refunded: boolean;
  disputed: boolean;
  dispute_status: 'needs_response' | 'won' | 'lost' | null;
  payment_intent: string;
  payment_method_details: { type: Method };
  balance_transaction: null;
  created: number;
};

export type PaymentIntent = {
  id: string;
  object: 'payment_intent';
  amount: number;
  currency: string;
  status: 'succeeded' | 'requires_payment_method' | 'processing' | 'canceled';
  metadata: Record<string, string>;
  latest_charge: string | null;
  last_payment_error: { code: string; decline_code?: string; message: string } | null;
  payment_method_types: Method[];
  created: number;
};

export type StripeEvent = {
  id: string;
  object: 'event';
  type: string;
  created: number;
  api_version: string;
  livemode: false;
  data: { object: Json };
  pending_webhooks: 1;
  request: { id: null; idempotency_key: null };
};

export const now = () => Math.floor(Date.now() / 1000);
export const stripeId = (prefix: string) => `${prefix}_emu${randomBytes(12).toString('hex')}`;

export class EmulatorState {
  sessions = new Map<string, Session>();
  intents = new Map<string, PaymentIntent>();
  charges = new Map<string, Charge>();
  refunds = new Map<string, Json>();
  disputes = new Map<string, Json>();
  /** Idempotency-Key → the first request's parameters and response, as Stripe replays it for 24 h. */
  idempotent = new Map<string, { params: string; reply: Json }>();
  /** Every call, for tests that assert what reached "Stripe" (PAY-1, PAY-7). */
  calls: { method: string; path: string; body: Json; idempotencyKey?: string }[] = [];
  events: StripeEvent[] = [];

  event(type: string, object: Json): StripeEvent {
    const ev: StripeEvent = {
      id: stripeId('evt'),
      object: 'event',
      type,
      created: now(),
      api_version: '2026-11-17.clover',
      livemode: false,
      data: { object: structuredClone(object) },
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
    };
    this.events.push(ev);
    return ev;
  }

  /** The payer succeeds with `method`: a PaymentIntent and a Charge appear, the session completes. */
  pay(session: Session, method: Method, opts: { delayed?: boolean } = {}): StripeEvent[] {
    const pi = this.intentFor(session, method);
    session.status = 'complete';
    if (opts.delayed) {
      pi.status = 'processing';
      session.payment_status = 'unpaid';
      return [this.event('checkout.session.completed', session)];
    }
    this.succeed(session, pi, method);
    return [this.event('checkout.session.completed', session)];
  }

  /** A delayed method settles (WeChat Pay in the emulator). */
  settle(session: Session, ok: boolean): StripeEvent[] {
    const pi = this.intents.get(session.payment_intent ?? '');
    if (!pi) throw new Error('no payment in progress');
    if (!ok) {
      pi.status = 'requires_payment_method';
      return [this.event('checkout.session.async_payment_failed', session)];
    }
    this.succeed(session, pi, pi.payment_method_types[0] ?? 'card');
    return [this.event('checkout.session.async_payment_succeeded', session)];
  }

  /** A declined attempt: the session stays open and retryable, the intent records why. */
  decline(session: Session, method: Method, declineCode: string): StripeEvent[] {
    const pi = this.intentFor(session, method);
    pi.status = 'requires_payment_method';
    pi.last_payment_error = {
      code: 'card_declined',
      decline_code: declineCode,
      message: DECLINE_MESSAGES[declineCode] ?? 'Your payment was declined.',
    };
    return [this.event('payment_intent.payment_failed', pi)];
  }

  expire(session: Session): StripeEvent[] {
    if (session.status !== 'open') return [];
    session.status = 'expired';
    session.url = null;
    return [this.event('checkout.session.expired', session)];
  }

  /**
   * A refund of `amount` (Stripe's default: all that is left). As at Stripe it succeeds at once for
   * cards and wallets here, raises `amount_refunded`, and sends `refund.created` and then
   * `charge.refunded` (which every refund, partial or full, triggers).
   */
  refund(charge: Charge, amount = charge.amount - charge.amount_refunded): Json {
    const left = charge.amount - charge.amount_refunded;
    if (left <= 0) throw new Error(`Charge ${charge.id} has already been refunded.`);
    if (!Number.isSafeInteger(amount) || amount <= 0)
      throw new Error('Invalid positive integer: amount');
    if (amount > left)
      throw new Error(
        `Refund amount (${amount}) is greater than unrefunded amount on charge (${left})`,
      );
    const refund = {
      id: stripeId('re'),
      object: 'refund',
      amount,
      currency: charge.currency,
      charge: charge.id,
      payment_intent: charge.payment_intent,
      status: 'succeeded',
      created: now(),
    };
    this.refunds.set(refund.id, refund);
    charge.amount_refunded += amount;
    charge.refunded = charge.amount_refunded === charge.amount;
    this.event('refund.created', refund);
    this.event('charge.refunded', charge);
    return refund;
  }

  /** A charge's refunds as Stripe lists them when `refunds` is expanded: newest first, 10 a page. */
  chargeRefunds(charge: Charge): Json {
    const all = [...this.refunds.values()]
      .filter((r) => r.charge === charge.id)
      .sort(
        (a, b) => Number(b.created) - Number(a.created) || String(b.id).localeCompare(String(a.id)),
      );
    return {
      object: 'list',
      url: `/v1/charges/${charge.id}/refunds`,
      has_more: all.length > 10,
      total_count: all.length,
      data: all.slice(0, 10).map((r) => ({ ...r })),
    };
  }

  dispute(charge: Charge, outcome?: 'won' | 'lost'): StripeEvent {
    // As at Stripe: one dispute per charge, and a closed dispute stays closed.
    if (charge.dispute_status === 'won' || charge.dispute_status === 'lost')
      throw new Error(`dispute on ${charge.id} is already closed`);
    if (!outcome && charge.disputed) throw new Error(`${charge.id} is already disputed`);
    charge.disputed = true;
    charge.dispute_status = outcome ?? 'needs_response';
    const dispute = {
      id: stripeId('dp'),
      object: 'dispute',
      charge: charge.id,
      // As at Stripe: a dispute is for what the buyer was not already refunded.
      amount: charge.amount - charge.amount_refunded,
      currency: charge.currency,
      status: charge.dispute_status,
      payment_intent: charge.payment_intent,
      created: now(),
    };
    // One dispute per charge: closing it updates the same object.
    const existing = [...this.disputes.values()].find((d) => d.charge === charge.id);
    if (existing) Object.assign(dispute, { id: existing.id, created: existing.created });
    this.disputes.set(dispute.id, dispute);
    return this.event(outcome ? 'charge.dispute.closed' : 'charge.dispute.created', dispute);
  }

  private intentFor(session: Session, method: Method): PaymentIntent {
    const existing = session.payment_intent ? this.intents.get(session.payment_intent) : undefined;
    if (existing) {
      existing.payment_method_types = [method];
      return existing;
    }
    const pi: PaymentIntent = {
      id: stripeId('pi'),
      object: 'payment_intent',
      amount: session.amount_total,
      currency: session.currency,
      status: 'requires_payment_method',
      metadata: { ...session.metadata },
      latest_charge: null,
      last_payment_error: null,
      payment_method_types: [method],
      created: now(),
    };
    this.intents.set(pi.id, pi);
    session.payment_intent = pi.id;
    return pi;
  }

  private succeed(session: Session, pi: PaymentIntent, method: Method) {
    const charge: Charge = {
      id: stripeId('ch'),
      object: 'charge',
      amount: pi.amount,
      amount_refunded: 0,
      currency: pi.currency,
      refunded: false,
      disputed: false,
      dispute_status: null,
      payment_intent: pi.id,
      payment_method_details: { type: method },
      balance_transaction: null,
      created: now(),
    };
    this.charges.set(charge.id, charge);
    pi.status = 'succeeded';
    pi.latest_charge = charge.id;
    pi.last_payment_error = null;
    session.payment_status = 'paid';
  }
}

export const DECLINE_MESSAGES: Record<string, string> = {
  generic_decline: 'Your card was declined.',
  insufficient_funds: 'Your card has insufficient funds.',
  expired_card: 'Your card has expired.',
  incorrect_cvc: "Your card's security code is incorrect.",
};
