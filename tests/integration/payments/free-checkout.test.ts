import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

import { db } from '@/db';
import { enrollments, orderEvents, orders } from '@/db/schema';
import { startCheckoutAction } from '@/lib/actions/payments/start-checkout';
import { startCheckout } from '@/lib/payments/checkout';
import type { Emulator } from '@/scripts/stripe-emulator/server';
import { runAction } from '@/tests/support/actions';
import {
  createTestUser,
  SESSION_COOKIE,
  sessionToken,
  sessionVersionOf,
} from '@/tests/support/auth-users';
import { couponOf, makeCoupon } from '@/tests/support/coupon-fixtures';
import { makeCourse, makeUser } from '@/tests/support/dashboard-fixtures';
import { replaceCookies, resetRequest } from '@/tests/support/next-headers';

import { effectsOf, sessionOf, startTestEmulator } from './emulator';

let emu: Emulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(() => emu.close());
beforeEach(() => resetRequest());

async function paidCourse(priceMinor = 1999) {
  const creator = await makeUser('creator');
  const courseId = await makeCourse(creator.id, { priceMinor, currency: 'USD' });
  return { creator, courseId };
}

async function ordersOf(courseId: string) {
  return db.select().from(orders).where(eq(orders.courseId, courseId));
}

async function activeEnrolments(courseId: string) {
  return db
    .select()
    .from(enrollments)
    .where(and(eq(enrollments.courseId, courseId), eq(enrollments.status, 'active')));
}

describe('free checkout through a 100 %-off coupon', () => {
  it('PAY-2: enrols at once as a zero-amount paid order, redeems the use, books no ledger lines and never calls Stripe', async () => {
    const { creator, courseId } = await paidCourse();
    const coupon = await makeCoupon(creator.id, courseId, { percentOff: 100, maxRedemptions: 3 });
    const learner = await makeUser('learner');
    const callsBefore = emu.state.calls.length;

    const url = await startCheckout(learner, courseId, { couponCode: coupon.code });

    expect(emu.state.calls.length).toBe(callsBefore);
    const [order] = await ordersOf(courseId);
    expect(url).toBe(`/orders/${order!.id}`);
    expect(order).toMatchObject({
      userId: learner.id,
      status: 'paid',
      listPriceMinor: 1999,
      discountMinor: 1999,
      amountMinor: 0,
      couponId: coupon.id,
      paymentMethod: 'free',
      checkoutSessionId: null,
      paymentIntentId: null,
      openKey: null,
    });
    const effects = await effectsOf(order!.id);
    expect(effects.ledger).toEqual([]);
    expect(effects.enrolments).toMatchObject([
      { status: 'active', source: 'purchase', orderId: order!.id },
    ]);
    const stored = await couponOf(coupon.id);
    expect({ redeemed: stored.redeemed, reserved: stored.reserved }).toEqual({
      redeemed: 1,
      reserved: 0,
    });
    const timeline = await db
      .select({ type: orderEvents.type, source: orderEvents.source, detail: orderEvents.detail })
      .from(orderEvents)
      .where(eq(orderEvents.orderId, order!.id))
      .orderBy(orderEvents.id);
    expect(timeline).toEqual([
      { type: 'created', source: 'checkout', detail: null },
      { type: 'paid', source: 'free', detail: 'free' },
      { type: 'access_granted', source: 'free', detail: null },
    ]);
    // Buying again is refused: the learner already has the course.
    await expect(
      startCheckout(learner, courseId, { couponCode: coupon.code }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Checkout.errors.owned',
    });
  });

  it('PAY-2: an amount off above the price is free too (never below zero)', async () => {
    const { creator, courseId } = await paidCourse(1500);
    const coupon = await makeCoupon(creator.id, courseId, {
      percentOff: null,
      amountOffMinor: 5000,
      currency: 'USD',
    });
    const learner = await makeUser('learner');
    expect(await startCheckout(learner, courseId, { couponCode: coupon.code })).toMatch(
      /^\/orders\//,
    );
    const [order] = await ordersOf(courseId);
    expect(order).toMatchObject({ status: 'paid', amountMinor: 0, discountMinor: 1500 });
    expect(await activeEnrolments(courseId)).toHaveLength(1);
  });

  it('PAY-2: ten learners at once on a max-1 coupon: one enrols, the use is counted once, nine are refused', async () => {
    const { creator, courseId } = await paidCourse();
    const coupon = await makeCoupon(creator.id, courseId, { percentOff: 100, maxRedemptions: 1 });
    const learners = await Promise.all(Array.from({ length: 10 }, () => makeUser('learner')));
    const results = await Promise.allSettled(
      learners.map((l) => startCheckout(l, courseId, { couponCode: coupon.code })),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    for (const r of lost)
      expect(r.reason).toMatchObject({
        message: 'Checkout.coupon.usedUp',
      });
    const stored = await couponOf(coupon.id);
    expect({ redeemed: stored.redeemed, reserved: stored.reserved }).toEqual({
      redeemed: 1,
      reserved: 0,
    });
    expect(stored.uses.map((u) => u.status)).toEqual(['redeemed']);
    expect(await activeEnrolments(courseId)).toHaveLength(1);
    expect((await ordersOf(courseId)).map((o) => o.status)).toEqual(['paid']);
  });

  it('PAY-2: one learner pressing Buy ten times at once gets one order and one redemption', async () => {
    const { creator, courseId } = await paidCourse();
    const coupon = await makeCoupon(creator.id, courseId, { percentOff: 100, maxRedemptions: 5 });
    const learner = await makeUser('learner');
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        startCheckout(learner, courseId, { couponCode: coupon.code }),
      ),
    );
    expect(results.some((r) => r.status === 'fulfilled')).toBe(true);
    for (const r of results)
      if (r.status === 'rejected')
        expect(['Checkout.errors.owned', 'Checkout.errors.processing']).toContain(
          (r.reason as Error).message,
        );
    const stored = await couponOf(coupon.id);
    expect({ redeemed: stored.redeemed, reserved: stored.reserved }).toEqual({
      redeemed: 1,
      reserved: 0,
    });
    expect((await ordersOf(courseId)).map((o) => o.status)).toEqual(['paid']);
    expect(await activeEnrolments(courseId)).toHaveLength(1);
  });

  it('PAY-1: tampered form fields cannot make a paid course free; the charge is the server’s price', async () => {
    const { creator, courseId } = await paidCourse();
    const coupon = await makeCoupon(creator.id, courseId, { percentOff: 20 });
    const other = await paidCourse();
    const foreign = await makeCoupon(other.creator.id, other.courseId, { percentOff: 100 });
    const learner = await createTestUser({ verified: true });
    replaceCookies([
      {
        name: SESSION_COOKIE,
        value: await sessionToken(learner.id, await sessionVersionOf(learner.id)),
      },
    ]);
    const tampered = await runAction(startCheckoutAction, {
      courseId,
      coupon: coupon.code,
      amountMinor: '0',
      priceMinor: '0',
      percentOff: '100',
      discountMinor: '1999',
    });
    expect(tampered.redirect).toMatch(/\/checkout\/cs_test_/);
    expect(sessionOf(emu, tampered.redirect!).amount_total).toBe(1599);
    // Another course's 100 % code does not apply here.
    const borrowed = await runAction(startCheckoutAction, { courseId, coupon: foreign.code });
    expect(borrowed.state).toMatchObject({ ok: false, formError: 'Checkout.coupon.notApplicable' });
    const [order] = await ordersOf(courseId);
    expect(order).toMatchObject({ status: 'pending', amountMinor: 1599 });
    expect(await activeEnrolments(courseId)).toHaveLength(0);
  });
});
