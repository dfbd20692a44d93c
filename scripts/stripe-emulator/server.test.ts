import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { parseStripeForm, startEmulator, type Emulator } from './server';

let emu: Emulator;
let stripe: Stripe;
const delivered: { payload: string; signature: string }[] = [];

beforeAll(async () => {
  emu = await startEmulator({
    webhookSecret: 'whsec_test',
    deliver: async (payload, signature) => void delivered.push({ payload, signature }),
  });
  const url = new URL(emu.url);
  stripe = new Stripe('sk_test_local_emulator', {
    host: url.hostname,
    port: Number(url.port),
    protocol: 'http',
    maxNetworkRetries: 0,
    telemetry: false,
  });
});
afterAll(() => emu.close());

const params: Stripe.Checkout.SessionCreateParams = {
  mode: 'payment',
  line_items: [
    {
      quantity: 1,
      price_data: { currency: 'usd', unit_amount: 1234, product_data: { name: 'C' } },
    },
  ],
  allowed_payment_method_types: ['card', 'alipay'],
  metadata: { order_id: 'o1' },
  success_url: 'http://app/success?session_id={CHECKOUT_SESSION_ID}',
  cancel_url: 'http://app/cancel',
};

describe('local Stripe emulator', () => {
  it('parses Stripe bracket-encoded forms', () => {
    expect(parseStripeForm('a[b][0][c]=1&a[b][1][c]=2&x=y')).toEqual({
      a: { b: { 0: { c: '1' }, 1: { c: '2' } } },
      x: 'y',
    });
  });

  it('answers the real SDK: create (idempotent), retrieve with expand, expire, refund', async () => {
    const a = await stripe.checkout.sessions.create(params, { idempotencyKey: 'k1' });
    const b = await stripe.checkout.sessions.create(params, { idempotencyKey: 'k1' });
    expect(b.id).toBe(a.id);
    expect(a.amount_total).toBe(1234);
    expect(a.url).toBe(`${emu.url}/checkout/${a.id}`);
    const session = emu.state.sessions.get(a.id)!;
    await emu.send(emu.state.pay(session, 'card'));
    const paid = await stripe.checkout.sessions.retrieve(a.id, {
      expand: ['payment_intent.latest_charge'],
    });
    expect(paid.payment_status).toBe('paid');
    const pi = paid.payment_intent as Stripe.PaymentIntent;
    expect((pi.latest_charge as Stripe.Charge).amount).toBe(1234);
    const refund = await stripe.refunds.create({ payment_intent: pi.id });
    expect(refund.amount).toBe(1234);
    await expect(stripe.checkout.sessions.expire(a.id)).rejects.toThrow(/open sessions/);
    await expect(stripe.checkout.sessions.retrieve('cs_missing')).rejects.toThrow(/No such/);
  });

  it('refunds part of a charge as Stripe does: amount, amount_refunded, the refunds list, limits', async () => {
    const s = await stripe.checkout.sessions.create(params);
    await emu.send(emu.state.pay(emu.state.sessions.get(s.id)!, 'card'));
    const pi = emu.state.sessions.get(s.id)!.payment_intent!;
    const first = await stripe.refunds.create({ payment_intent: pi, amount: 400 });
    expect(first.amount).toBe(400);
    expect(emu.state.events.slice(-2).map((e) => e.type)).toEqual([
      'refund.created',
      'charge.refunded',
    ]);
    await expect(stripe.refunds.create({ payment_intent: pi, amount: 900 })).rejects.toThrow(
      /greater than unrefunded amount on charge \(834\)/,
    );
    await expect(stripe.refunds.create({ payment_intent: pi, amount: 0 })).rejects.toThrow(
      /positive integer/,
    );
    const rest = await stripe.refunds.create({ payment_intent: pi });
    expect(rest.amount).toBe(834);
    const chargeId = emu.state.intents.get(pi)!.latest_charge!;
    const plain = await stripe.charges.retrieve(chargeId);
    expect(plain.refunds).toBeUndefined();
    const charge = await stripe.charges.retrieve(chargeId, { expand: ['refunds'] });
    expect(charge.amount_refunded).toBe(1234);
    expect(charge.refunded).toBe(true);
    expect(charge.refunds!.data.map((r) => r.amount).sort()).toEqual([400, 834]);
    expect((await stripe.refunds.retrieve(first.id)).charge).toBe(chargeId);
    const byCharge = await stripe.refunds.list({ charge: chargeId });
    expect(byCharge.data).toHaveLength(2);
    const session = await stripe.checkout.sessions.retrieve(s.id, {
      expand: ['payment_intent.latest_charge.refunds'],
    });
    const nested = (session.payment_intent as Stripe.PaymentIntent).latest_charge as Stripe.Charge;
    expect(nested.refunds!.data).toHaveLength(2);
    await expect(stripe.refunds.create({ payment_intent: pi })).rejects.toThrow(
      /already been refunded/,
    );
  });

  it('signs every event so constructEvent accepts it', async () => {
    const s = await stripe.checkout.sessions.create(params);
    await emu.send(emu.state.pay(emu.state.sessions.get(s.id)!, 'alipay'));
    const last = delivered.at(-1)!;
    const event = stripe.webhooks.constructEvent(last.payload, last.signature, 'whsec_test');
    expect(event.type).toBe('checkout.session.completed');
  });

  it('the hosted page declines with the chosen reason and stays open for a retry', async () => {
    const s = await stripe.checkout.sessions.create(params);
    const res = await fetch(s.url!, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'method=card&outcome=decline&decline_code=insufficient_funds',
    });
    expect(res.status).toBe(402);
    expect(await res.text()).toContain('insufficient funds');
    expect(emu.state.sessions.get(s.id)!.status).toBe('open');
    const pay = await fetch(s.url!, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'method=card&outcome=pay',
      redirect: 'manual',
    });
    expect(pay.status).toBe(303);
    expect(pay.headers.get('location')).toBe(`http://app/success?session_id=${s.id}`);
  });
});
