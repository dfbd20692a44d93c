import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Route handlers read the request's cookies through the guard; this stands in for a request.
vi.mock('next/headers', () => import('@/tests/support/next-headers'));

import { db } from '@/db';
import { behaviourEvents, orderEvents, paymentEvents } from '@/db/schema';
import { startCheckout } from '@/lib/payments/checkout';
import { makeCourse, makeUser } from '@/tests/support/dashboard-fixtures';
import type { Emulator } from '@/scripts/stripe-emulator/server';

import { deliverSigned, effectsOf, postWebhook, sessionOf, startTestEmulator } from './emulator';

let emu: Emulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(() => emu.close());

/** A learner with an open order and a Checkout Session for a fresh $20 course. */
async function openCheckout(currency: 'USD' | 'CNY' = 'USD') {
  const creator = await makeUser('creator');
  const learner = await makeUser('learner');
  const courseId = await makeCourse(creator.id, { priceMinor: 2000, currency });
  const url = await startCheckout(learner, courseId);
  const session = sessionOf(emu, url);
  return { learner, courseId, session, orderId: session.metadata.order_id! };
}

const count = async (table: typeof paymentEvents | typeof orderEvents) =>
  Number((await db.select({ n: sql<number>`count(*)` }).from(table))[0]!.n);

describe('Stripe webhook', () => {
  it('PAY-4: 50 concurrent deliveries of one completed event → one enrolment, one paid order, one ledger set', async () => {
    const { session, orderId } = await openCheckout();
    const [completed] = emu.state.pay(session, 'card');
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => deliverSigned(emu, completed!)),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(200));
    const fx = await effectsOf(orderId);
    expect(fx.order.status).toBe('paid');
    expect(fx.enrolments).toHaveLength(1);
    expect(fx.enrolments[0]!.status).toBe('active');
    expect(fx.ledger.map((l) => [l.kind, l.amountMinor]).sort()).toEqual([
      ['platform_fee', -400],
      ['sale', 2000],
    ]);
    const recorded = await db
      .select()
      .from(paymentEvents)
      .where(eq(paymentEvents.id, completed!.id));
    expect(recorded).toHaveLength(1);
    const timeline = await db.select().from(orderEvents).where(eq(orderEvents.orderId, orderId));
    expect(timeline.filter((e) => e.type === 'paid')).toHaveLength(1);
  });

  it('PAY-4: 20 buyers of one course fulfilled at once all get access, each exactly once', async () => {
    const creator = await makeUser('creator');
    const courseId = await makeCourse(creator.id, { priceMinor: 2000, currency: 'USD' });
    const buyers = await Promise.all(
      Array.from({ length: 20 }, async () => {
        const learner = await makeUser('learner');
        const session = sessionOf(emu, await startCheckout(learner, courseId));
        return {
          orderId: session.metadata.order_id!,
          completed: emu.state.pay(session, 'card')[0]!,
        };
      }),
    );
    const responses = await Promise.all(buyers.map((b) => deliverSigned(emu, b.completed)));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
    for (const { orderId } of buyers) {
      const fx = await effectsOf(orderId);
      expect(fx.order.status).toBe('paid');
      expect(fx.enrolments.map((e) => e.status)).toEqual(['active']);
      expect(fx.ledger).toHaveLength(2);
    }
  });

  it('PAY-5: the same events delivered in reverse order end refunded with no active enrolment', async () => {
    const { session, orderId } = await openCheckout();
    const events = [...emu.state.pay(session, 'card')];
    const charge = [...emu.state.charges.values()].at(-1)!;
    emu.state.refund(charge, charge.amount);
    events.push(emu.state.events.at(-1)!);
    for (const ev of [...events].reverse()) expect((await deliverSigned(emu, ev)).status).toBe(200);
    const fx = await effectsOf(orderId);
    expect(fx.order.status).toBe('refunded');
    expect(fx.enrolments.map((e) => e.status)).toEqual(['revoked']);
    // Sale and its reversal: the creator's net for this order is zero.
    expect(fx.ledger.reduce((s, l) => s + l.amountMinor, 0)).toBe(0);
    expect(fx.ledger).toHaveLength(4);
  });

  it('PAY-5: async_payment_failed after paid leaves the order paid', async () => {
    const { session, orderId } = await openCheckout();
    const [completed] = emu.state.pay(session, 'card');
    await deliverSigned(emu, completed!);
    const late = emu.state.event('checkout.session.async_payment_failed', session);
    expect((await deliverSigned(emu, late)).status).toBe(200);
    expect((await effectsOf(orderId)).order.status).toBe('paid');
  });

  it('PAY-6: completed but unpaid waits; async success then grants access', async () => {
    const { session, orderId } = await openCheckout('CNY');
    const [completed] = emu.state.pay(session, 'wechat_pay', { delayed: true });
    await deliverSigned(emu, completed!);
    let fx = await effectsOf(orderId);
    expect(fx.order.status).toBe('awaiting_payment');
    expect(fx.enrolments).toHaveLength(0);
    const [settled] = emu.state.settle(session, true);
    await deliverSigned(emu, settled!);
    fx = await effectsOf(orderId);
    expect(fx.order.status).toBe('paid');
    expect(fx.order.paymentMethod).toBe('wechat_pay');
    expect(fx.enrolments.map((e) => e.status)).toEqual(['active']);
  });

  it('PAY-6: async failure fails the order without access and writes the funnel event', async () => {
    const { session, orderId, learner } = await openCheckout('CNY');
    const [completed] = emu.state.pay(session, 'wechat_pay', { delayed: true });
    await deliverSigned(emu, completed!);
    const [failed] = emu.state.settle(session, false);
    await deliverSigned(emu, failed!);
    const fx = await effectsOf(orderId);
    expect(fx.order.status).toBe('failed');
    expect(fx.enrolments).toHaveLength(0);
    const funnel = await db
      .select()
      .from(behaviourEvents)
      .where(eq(behaviourEvents.userId, learner.id));
    expect(funnel.map((e) => e.type)).toContain('checkout_fail');
  });

  it('PAY-3: missing, wrong-secret, re-serialised and stale signatures → 400 and nothing written', async () => {
    const { session, orderId } = await openCheckout();
    const [completed] = emu.state.pay(session, 'card');
    const payload = JSON.stringify(completed, null, 2);
    const before = await count(paymentEvents);
    const stripe = (await import('stripe')).default;
    const cases = [
      await postWebhook(payload, null),
      await postWebhook(
        payload,
        stripe.webhooks.generateTestHeaderString({ payload, secret: 'whsec_wrong' }),
      ),
      await postWebhook(JSON.stringify(completed), emu.sign(payload)),
      await postWebhook(
        payload,
        stripe.webhooks.generateTestHeaderString({
          payload,
          secret: 'whsec_local_emulator_secret',
          timestamp: Math.floor(Date.now() / 1000) - 600,
        }),
      ),
    ];
    expect(cases.map((r) => r.status)).toEqual([400, 400, 400, 400]);
    expect(await count(paymentEvents)).toBe(before);
    expect((await effectsOf(orderId)).order.status).toBe('pending');
    expect((await deliverSigned(emu, completed!)).status).toBe(200);
    expect((await effectsOf(orderId)).order.status).toBe('paid');
  });

  it('PAY-4: an event for an unknown order is recorded and answered 200', async () => {
    const { session } = await openCheckout();
    session.metadata = { order_id: 'ZZZZZZZZZZZZZZZZZZZZZZ' };
    const [completed] = emu.state.pay(session, 'card');
    const res = await deliverSigned(emu, completed!);
    expect(res.status).toBe(200);
    const rows = await db.select().from(paymentEvents).where(eq(paymentEvents.id, completed!.id));
    expect(rows).toHaveLength(1);
  });

  it('PAY-1: fulfilment refuses a session whose amount differs from the order', async () => {
    const { session, orderId } = await openCheckout();
    session.amount_total = 1;
    const [completed] = emu.state.pay(session, 'card');
    expect((await deliverSigned(emu, completed!)).status).toBe(200);
    const fx = await effectsOf(orderId);
    expect(fx.order.status).toBe('pending');
    expect(fx.enrolments).toHaveLength(0);
    expect(fx.ledger).toHaveLength(0);
  });

  it('PAY-7: dispute suspends access and writes reversals; a won dispute restores both', async () => {
    const { session, orderId } = await openCheckout();
    const [completed] = emu.state.pay(session, 'card');
    await deliverSigned(emu, completed!);
    const charge = [...emu.state.charges.values()].at(-1)!;
    await deliverSigned(emu, emu.state.dispute(charge));
    let fx = await effectsOf(orderId);
    expect(fx.order.status).toBe('disputed');
    expect(fx.enrolments.map((e) => e.status)).toEqual(['suspended']);
    expect(fx.ledger.reduce((s, l) => s + l.amountMinor, 0)).toBe(0);
    await deliverSigned(emu, emu.state.dispute(charge, 'won'));
    fx = await effectsOf(orderId);
    expect(fx.order.status).toBe('paid');
    expect(fx.enrolments.map((e) => e.status)).toEqual(['active']);
    expect(fx.ledger.reduce((s, l) => s + l.amountMinor, 0)).toBe(1600);
  });

  it('PAY-4: a fault between two writes leaves no partial rows, and redelivery succeeds', async () => {
    const { session, orderId } = await openCheckout();
    const [completed] = emu.state.pay(session, 'card');
    const ledger = await import('@/lib/payments/ledger');
    const spy = vi
      .spyOn(ledger, 'writeLedgerSet')
      .mockRejectedValueOnce(new Error('connection lost'));
    const res = await deliverSigned(emu, completed!);
    spy.mockRestore();
    expect(res.status).toBe(500);
    let fx = await effectsOf(orderId);
    expect(fx.order.status).toBe('pending');
    expect(fx.enrolments).toHaveLength(0);
    expect(fx.ledger).toHaveLength(0);
    expect(
      await db.select().from(paymentEvents).where(eq(paymentEvents.id, completed!.id)),
    ).toHaveLength(0);
    expect((await deliverSigned(emu, completed!)).status).toBe(200);
    fx = await effectsOf(orderId);
    expect(fx.order.status).toBe('paid');
    expect(fx.ledger).toHaveLength(2);
  });

  it('PAY-5: the expiry of a superseded session does not close the order paid through a newer one', async () => {
    const { session, orderId, learner, courseId } = await openCheckout();
    // The first session expires at Stripe; before its webhook arrives the buyer opens a new one.
    emu.state.expire(session);
    const expired = emu.state.events.at(-1)!;
    const second = sessionOf(emu, await startCheckout(learner, courseId));
    expect(second.id).not.toBe(session.id);
    expect(second.metadata.order_id).toBe(orderId);
    expect((await deliverSigned(emu, expired)).status).toBe(200);
    expect((await effectsOf(orderId)).order.status).toBe('pending');
    const [completed] = emu.state.pay(second, 'card');
    await deliverSigned(emu, completed!);
    expect((await effectsOf(orderId)).order.status).toBe('paid');
  });

  it('PAY-6: an abandoned session expires the order and records the funnel event', async () => {
    const { session, orderId, learner } = await openCheckout();
    const [expired] = emu.state.expire(session);
    await deliverSigned(emu, expired!);
    expect((await effectsOf(orderId)).order.status).toBe('expired');
    const funnel = await db
      .select()
      .from(behaviourEvents)
      .where(eq(behaviourEvents.userId, learner.id));
    expect(funnel.map((e) => e.type).sort()).toEqual(['checkout_abandon', 'checkout_start']);
  });
});
