import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Route handlers read the request's cookies through the guard; this stands in for a request.
vi.mock('next/headers', () => import('@/tests/support/next-headers'));

import { db } from '@/db';
import { auditLog, earningsLedger, orderEvents, refunds } from '@/db/schema';
import { adminGetOrder, getMyOrder } from '@/lib/data/orders';
import { startCheckout } from '@/lib/payments/checkout';
import { ledgerTotals } from '@/lib/payments/ledger';
import { adminRefundOrder, requestRefund } from '@/lib/payments/refunds';
import type { Emulator } from '@/scripts/stripe-emulator/server';
import type { Charge, StripeEvent } from '@/scripts/stripe-emulator/state';
import { makeCourse, makeUser } from '@/tests/support/dashboard-fixtures';

import { deliverSigned, effectsOf, sessionOf, startTestEmulator } from './emulator';

let emu: Emulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(() => emu.close());

/** 999 at the default 20 % fee = 200: thirds of it do not divide evenly (66.67, 133.33, 200). */
async function paidOrder(priceMinor = 999) {
  const creator = await makeUser('creator');
  const learner = await makeUser('learner');
  const courseId = await makeCourse(creator.id, { priceMinor });
  const session = sessionOf(emu, await startCheckout(learner, courseId));
  const [completed] = emu.state.pay(session, 'card');
  await deliverSigned(emu, completed!);
  const charge = emu.state.charges.get(
    emu.state.intents.get(session.payment_intent!)!.latest_charge!,
  )!;
  return { creator, learner, orderId: session.metadata.order_id!, charge };
}

/** A refund at "Stripe" (as from its dashboard) and the two events it sends. */
function refundAtStripe(charge: Charge, amount?: number): StripeEvent[] {
  emu.state.refund(charge, amount);
  return emu.state.events.slice(-2);
}

/** The order's lines in booking order. */
const lines = async (orderId: string) =>
  (
    await db
      .select({ kind: earningsLedger.kind, amount: earningsLedger.amountMinor })
      .from(earningsLedger)
      .where(eq(earningsLedger.orderId, orderId))
      .orderBy(asc(earningsLedger.id))
  ).map((l) => [l.kind, l.amount]);
const sum = (xs: (string | number)[][]) => xs.reduce((s, [, a]) => s + Number(a), 0);

describe('partial refunds', () => {
  it('PAY-7: two partial refunds then the rest: each booked with its share of the fee, access ends only at the end, the order nets zero', async () => {
    const { learner, orderId, charge } = await paidOrder();
    for (const ev of refundAtStripe(charge, 333)) await deliverSigned(emu, ev);
    let fx = await effectsOf(orderId);
    expect(fx.order).toMatchObject({ status: 'partially_refunded', refundedMinor: 333 });
    // What the product did before: a partially refunded buyer keeps access.
    expect(fx.enrolments.map((e) => e.status)).toEqual(['active']);

    for (const ev of refundAtStripe(charge, 333)) await deliverSigned(emu, ev);
    fx = await effectsOf(orderId);
    expect(fx.order).toMatchObject({ status: 'partially_refunded', refundedMinor: 666 });
    expect(fx.enrolments.map((e) => e.status)).toEqual(['active']);

    for (const ev of refundAtStripe(charge)) await deliverSigned(emu, ev);
    fx = await effectsOf(orderId);
    expect(fx.order).toMatchObject({ status: 'refunded', refundedMinor: 999 });
    expect(fx.enrolments.map((e) => e.status)).toEqual(['revoked']);
    expect(await lines(orderId)).toEqual([
      ['sale', 999],
      ['platform_fee', -200],
      ['refund', -333],
      ['refund_fee', 67],
      ['refund', -333],
      ['refund_fee', 66],
      ['refund', -333],
      ['refund_fee', 67],
    ]);
    expect(sum(await lines(orderId))).toBe(0);

    // The buyer's timeline shows each refund with its amount; the receipt the total refunded.
    const mine = (await getMyOrder(learner, orderId))!;
    expect(mine.refunded.amountMinor).toBe(999);
    expect(
      mine.timeline
        .filter((e) => e.type === 'partially_refunded' || e.type === 'refunded')
        .map((e) => [e.type, e.amount?.amountMinor]),
    ).toEqual([
      ['partially_refunded', 333],
      ['partially_refunded', 333],
      ['refunded', 333],
    ]);
  });

  it('PAY-4: each refund’s events delivered 20 times at once, and in reverse order, book it once', async () => {
    const { orderId, charge } = await paidOrder(4000);
    const first = refundAtStripe(charge, 1000);
    const second = refundAtStripe(charge, 500);
    // Newest first, every event 20 times concurrently.
    const results = await Promise.all(
      [...first, ...second]
        .reverse()
        .flatMap((ev) => Array.from({ length: 20 }, () => deliverSigned(emu, ev))),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    const fx = await effectsOf(orderId);
    expect(fx.order).toMatchObject({ status: 'partially_refunded', refundedMinor: 1500 });
    // Refunds made in the same second are booked in id order: compare as sets.
    expect(
      fx.ledger
        .filter((l) => l.kind === 'refund' || l.kind === 'refund_fee')
        .map((l) => `${l.kind}:${l.amountMinor}`)
        .sort(),
    ).toEqual(['refund:-1000', 'refund:-500', 'refund_fee:100', 'refund_fee:200']);
    expect(new Set(fx.ledger.map((l) => l.ref)).size).toBe(3);
    // The rest, then the old events once more: nothing moves.
    const last = refundAtStripe(charge);
    for (const ev of [...last, ...first, ...second].reverse()) await deliverSigned(emu, ev);
    const done = await effectsOf(orderId);
    expect(done.order.status).toBe('refunded');
    expect(done.ledger).toHaveLength(8);
    expect(sum(done.ledger.map((l) => [l.kind, l.amountMinor]))).toBe(0);
    const timeline = await db
      .select({ type: orderEvents.type })
      .from(orderEvents)
      .where(and(eq(orderEvents.orderId, orderId), eq(orderEvents.type, 'access_revoked')));
    expect(timeline).toHaveLength(1);
  });

  it('PAY-5: a partial refund seen before the payment books the sale first, then the refund', async () => {
    const creator = await makeUser('creator');
    const learner = await makeUser('learner');
    const courseId = await makeCourse(creator.id, { priceMinor: 2500 });
    const session = sessionOf(emu, await startCheckout(learner, courseId));
    const [completed] = emu.state.pay(session, 'card');
    const charge = [...emu.state.charges.values()].at(-1)!;
    const refundEvents = refundAtStripe(charge, 700);
    for (const ev of [...refundEvents, completed!]) await deliverSigned(emu, ev);
    const orderId = session.metadata.order_id!;
    expect((await effectsOf(orderId)).order.status).toBe('partially_refunded');
    expect(await lines(orderId)).toEqual([
      ['sale', 2500],
      ['platform_fee', -500],
      ['refund', -700],
      ['refund_fee', 140],
    ]);
  });

  it('PAY-7: a dispute after a partial refund takes back only what is left; winning it returns that', async () => {
    const { orderId, charge } = await paidOrder(5000);
    for (const ev of refundAtStripe(charge, 1000)) await deliverSigned(emu, ev);
    await deliverSigned(emu, emu.state.dispute(charge));
    let fx = await effectsOf(orderId);
    expect(fx.order.status).toBe('disputed');
    expect(sum(fx.ledger.map((l) => [l.kind, l.amountMinor]))).toBe(0);
    await deliverSigned(emu, emu.state.dispute(charge, 'won'));
    fx = await effectsOf(orderId);
    expect(fx.order.status).toBe('partially_refunded');
    expect(fx.enrolments.map((e) => e.status)).toEqual(['active']);
    // Creator's net: 4000 kept less its 20 % fee.
    expect(sum(fx.ledger.map((l) => [l.kind, l.amountMinor]))).toBe(3200);
  });

  it('PAY-7: an admin refunds part, then the rest; each audited with its own idempotency key', async () => {
    const { orderId, charge, creator } = await paidOrder(3000);
    const admin = await makeUser('admin');
    const keys = () =>
      emu.state.calls
        .filter((c) => c.path === '/v1/refunds' && c.body.metadata)
        .filter((c) => (c.body.metadata as Record<string, string>).order_id === orderId)
        .map((c) => [c.idempotencyKey, c.body.amount]);

    await expect(
      adminRefundOrder(admin, orderId, 'Too much', { amountMinor: 3001 }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: 'Admin.Orders.refundAmountTooHigh' });
    // Two clicks on the same state are one refund at Stripe.
    await Promise.all([
      adminRefundOrder(admin, orderId, 'Goodwill', { amountMinor: 1200 }),
      adminRefundOrder(admin, orderId, 'Goodwill', { amountMinor: 1200 }),
    ]);
    expect(charge.amount_refunded).toBe(1200);
    for (const ev of emu.state.events.slice(-2)) await deliverSigned(emu, ev);
    expect((await effectsOf(orderId)).order).toMatchObject({
      status: 'partially_refunded',
      refundedMinor: 1200,
    });
    const page = (await adminGetOrder(admin, orderId))!;
    expect(page.refunded.amountMinor).toBe(1200);

    // Left blank: everything left.
    await adminRefundOrder(admin, orderId, 'Course withdrawn');
    expect(charge.amount_refunded).toBe(3000);
    for (const ev of emu.state.events.slice(-2)) await deliverSigned(emu, ev);
    const fx = await effectsOf(orderId);
    expect(fx.order.status).toBe('refunded');
    expect(sum(fx.ledger.map((l) => [l.kind, l.amountMinor]))).toBe(0);
    expect(keys()).toEqual([
      [`refund:${orderId}:0`, '1200'],
      [`refund:${orderId}:0`, '1200'],
      [`refund:${orderId}:1200`, '1800'],
    ]);
    const audit = await db
      .select({ action: auditLog.action, reason: auditLog.reason })
      .from(auditLog)
      .where(eq(auditLog.targetId, orderId));
    expect(audit.filter((a) => a.reason === 'Course withdrawn')).toHaveLength(1);
    expect(audit.every((a) => a.action === 'refund.admin')).toBe(true);
    await expect(adminRefundOrder(creator, orderId, 'x')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('PAY-7: an admin’s partial refund leaves the buyer’s open request as it is; refunding the rest approves it', async () => {
    const { learner, orderId, charge } = await paidOrder(3000);
    const admin = await makeUser('admin');
    await requestRefund(learner, orderId, 'Not what I expected');
    const request = async () =>
      (await db.select().from(refunds).where(eq(refunds.orderId, orderId)))[0]!;
    const asked = await request();

    await adminRefundOrder(admin, orderId, 'Goodwill', { amountMinor: 1000 });
    expect(await request()).toMatchObject({
      id: asked.id,
      status: 'requested',
      amountMinor: 3000,
      reason: 'Not what I expected',
      decidedBy: null,
    });
    for (const ev of emu.state.events.slice(-2)) await deliverSigned(emu, ev);
    expect((await request()).status).toBe('requested');

    await adminRefundOrder(admin, orderId, 'Refunded the rest');
    expect(charge.amount_refunded).toBe(3000);
    expect(await request()).toMatchObject({
      id: asked.id,
      status: 'approved',
      decidedBy: admin.id,
    });
  });

  it('PAY-7: a disputed order refuses a partial refund too', async () => {
    const { orderId, charge } = await paidOrder(3000);
    const admin = await makeUser('admin');
    await deliverSigned(emu, emu.state.dispute(charge));
    await expect(
      adminRefundOrder(admin, orderId, 'Goodwill', { amountMinor: 100 }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: 'Orders.refund.blocked.disputed' });
  });

  it('PAY-9: ledger totals equal what orders kept, their amount less what was refunded', async () => {
    const { creator, orderId, charge } = await paidOrder(1999);
    for (const ev of refundAtStripe(charge, 599)) await deliverSigned(emu, ev);
    expect((await effectsOf(orderId)).order.status).toBe('partially_refunded');
    const totals = await ledgerTotals([creator.id]);
    expect(totals.USD).toMatchObject({ grossMinor: 1400, ordersMinor: 1400 });
    expect(totals.USD!.platformMinor + totals.USD!.creatorMinor).toBe(1400);
  });
});
