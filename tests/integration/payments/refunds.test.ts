import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Route handlers read the request's cookies through the guard; this stands in for a request.
vi.mock('next/headers', () => import('@/tests/support/next-headers'));

import { db } from '@/db';
import { lessonProgress, lessons, courseSections, refunds } from '@/db/schema';
import { getMyOrder } from '@/lib/data/orders';
import { newId } from '@/lib/ids';
import { startCheckout } from '@/lib/payments/checkout';
import { adminRefundOrder, decideRefund, requestRefund } from '@/lib/payments/refunds';
import type { Emulator } from '@/scripts/stripe-emulator/server';
import { makeCourse, makeUser } from '@/tests/support/dashboard-fixtures';

import { deliverSigned, effectsOf, sessionOf, startTestEmulator } from './emulator';

let emu: Emulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(() => emu.close());

async function paidOrder(lessonCount = 0) {
  const creator = await makeUser('creator');
  const learner = await makeUser('learner');
  const courseId = await makeCourse(creator.id, { priceMinor: 3000 });
  const lessonIds: string[] = [];
  if (lessonCount > 0) {
    const sectionId = newId();
    await db.insert(courseSections).values({ id: sectionId, courseId, title: 'S', position: 0 });
    for (let i = 0; i < lessonCount; i++) {
      const id = newId();
      lessonIds.push(id);
      await db
        .insert(lessons)
        .values({ id, courseId, sectionId, title: `L${i}`, position: i, kind: 'article' });
    }
  }
  const session = sessionOf(emu, await startCheckout(learner, courseId));
  const [completed] = emu.state.pay(session, 'card');
  await deliverSigned(emu, completed!);
  return { creator, learner, courseId, orderId: session.metadata.order_id!, lessonIds };
}

const refundCalls = () => emu.state.calls.filter((c) => c.path === '/v1/refunds');
const lastEvent = () => emu.state.events.at(-1)!;

describe('refunds', () => {
  it('PAY-7: request → creator approves → one Stripe refund → charge.refunded revokes access and reverses the ledger', async () => {
    const { creator, learner, orderId } = await paidOrder();
    await requestRefund(learner, orderId, 'Not what I expected');
    const [refund] = await db.select().from(refunds).where(eq(refunds.orderId, orderId));
    const before = refundCalls().length;
    await Promise.allSettled([
      decideRefund(creator, refund!.id, 'approve', 'Fair enough'),
      decideRefund(creator, refund!.id, 'approve', 'Fair enough'),
    ]);
    const calls = refundCalls().slice(before);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.idempotencyKey).toBe(`refund:${orderId}:0`);
    expect((await deliverSigned(emu, lastEvent())).status).toBe(200);
    const fx = await effectsOf(orderId);
    expect(fx.order.status).toBe('refunded');
    expect(fx.enrolments.map((e) => e.status)).toEqual(['revoked']);
    expect(fx.ledger.map((l) => l.kind).sort()).toEqual([
      'platform_fee',
      'refund',
      'refund_fee',
      'sale',
    ]);
    expect(fx.ledger.reduce((s, l) => s + l.amountMinor, 0)).toBe(0);
    const [done] = await db.select().from(refunds).where(eq(refunds.orderId, orderId));
    expect(done!.status).toBe('succeeded');
    const detail = await getMyOrder(learner, orderId);
    expect(detail!.timeline.map((e) => e.type)).toEqual([
      'created',
      'checkout_opened',
      'paid',
      'access_granted',
      'refund_requested',
      'refund_approved',
      'refunded',
      'access_revoked',
    ]);
  });

  it('PAY-7: another learner or another creator cannot touch the order (404)', async () => {
    const { learner, orderId } = await paidOrder();
    const other = await makeUser('learner');
    const otherCreator = await makeUser('creator');
    await expect(requestRefund(other, orderId, 'mine now')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await requestRefund(learner, orderId, 'Changed my mind');
    const [refund] = await db.select().from(refunds).where(eq(refunds.orderId, orderId));
    await expect(decideRefund(otherCreator, refund!.id, 'approve', 'sure')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('PAY-7: a disputed order refuses refunds clearly; a declined request keeps access', async () => {
    const { creator, learner, orderId } = await paidOrder();
    await requestRefund(learner, orderId, 'Please');
    const [refund] = await db.select().from(refunds).where(eq(refunds.orderId, orderId));
    await decideRefund(creator, refund!.id, 'decline', 'Course was mostly watched');
    expect((await effectsOf(orderId)).enrolments[0]!.status).toBe('active');
    const charge = [...emu.state.charges.values()].at(-1)!;
    await deliverSigned(emu, emu.state.dispute(charge));
    const detail = await getMyOrder(learner, orderId);
    expect(detail!.eligibility.blockedBy).toBe('Orders.refund.blocked.disputed');
  });

  it('PAY-7: outside the rule (30% consumed) the request is refused with the reason', async () => {
    const { learner, orderId, courseId, lessonIds } = await paidOrder(3);
    await db.insert(lessonProgress).values({
      userId: learner.id,
      lessonId: lessonIds[0]!,
      courseId,
      completedAt: new Date(),
    });
    const detail = await getMyOrder(learner, orderId);
    expect(detail!.eligibility.consumedPercent).toBe(33);
    await expect(requestRefund(learner, orderId, 'too late')).rejects.toMatchObject({
      message: 'Orders.refund.blocked.consumed',
    });
  });

  it('PAY-7: an admin refunds directly; a learner cannot; twice is still one Stripe refund', async () => {
    const { learner, orderId } = await paidOrder();
    const admin = await makeUser('admin');
    await expect(adminRefundOrder(learner, orderId, 'self-service')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const before = refundCalls().length;
    await adminRefundOrder(admin, orderId, 'Duplicate purchase');
    await adminRefundOrder(admin, orderId, 'Duplicate purchase').catch(() => undefined);
    const calls = refundCalls().slice(before);
    expect(new Set(calls.map((c) => c.idempotencyKey))).toEqual(new Set([`refund:${orderId}:0`]));
    expect(emu.state.refunds.size).toBeGreaterThan(0);
    const refundsForOrder = [...emu.state.refunds.values()].filter(
      (r) => r.payment_intent === calls[0]!.body.payment_intent,
    );
    expect(refundsForOrder).toHaveLength(1);
    await deliverSigned(emu, lastEvent());
    expect((await effectsOf(orderId)).order.status).toBe('refunded');
  });
});
