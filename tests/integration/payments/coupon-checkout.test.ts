import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

import { db } from '@/db';
import { earningsLedger, enrollments, orders } from '@/db/schema';
import { startCheckoutAction } from '@/lib/actions/payments/start-checkout';
import { getCouponPreview } from '@/lib/data/coupons';
import { money } from '@/lib/money';
import { startCheckout } from '@/lib/payments/checkout';
import type { Emulator } from '@/scripts/stripe-emulator/server';
import { couponOf, makeCoupon } from '@/tests/support/coupon-fixtures';
import { makeCourse, makeUser } from '@/tests/support/dashboard-fixtures';
import { runAction } from '@/tests/support/actions';
import {
  createTestUser,
  SESSION_COOKIE,
  sessionToken,
  sessionVersionOf,
} from '@/tests/support/auth-users';
import { replaceCookies, resetRequest } from '@/tests/support/next-headers';

import { deliverSigned, sessionOf, startTestEmulator } from './emulator';

let emu: Emulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(() => emu.close());
beforeEach(() => resetRequest());

async function orderOf(userId: string, courseId: string) {
  const rows = await db
    .select()
    .from(orders)
    .where(and(eq(orders.userId, userId), eq(orders.courseId, courseId)));
  return rows;
}

async function paidCourseWithCoupon(opts: Parameters<typeof makeCoupon>[2] = {}) {
  const creator = await makeUser('creator');
  const courseId = await makeCourse(creator.id, { priceMinor: 1999, currency: 'USD' });
  const coupon = await makeCoupon(creator.id, courseId, opts);
  return { creator, courseId, coupon };
}

describe('coupons at checkout', () => {
  it('PAY-2: max_redemptions=1 and two checkouts at once: exactly one gets the discount', async () => {
    const { courseId, coupon } = await paidCourseWithCoupon({ maxRedemptions: 1 });
    const [a, b] = await Promise.all([makeUser('learner'), makeUser('learner')]);
    const results = await Promise.allSettled([
      startCheckout(a, courseId, { couponCode: coupon.code }),
      startCheckout(b, courseId, { couponCode: coupon.code }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({
      code: 'CONFLICT',
      message: 'Checkout.coupon.usedUp',
    });
    const session = sessionOf(emu, (won[0] as PromiseFulfilledResult<string>).value);
    expect(session.amount_total).toBe(1599);
    const stored = await couponOf(coupon.id);
    expect(stored.reserved).toBe(1);
    expect(stored.uses.map((u) => u.status)).toEqual(['reserved']);
    // The loser's order was rolled back with its reservation attempt.
    const orderRows = [...(await orderOf(a.id, courseId)), ...(await orderOf(b.id, courseId))];
    expect(orderRows).toHaveLength(1);
    expect(orderRows[0]).toMatchObject({
      listPriceMinor: 1999,
      discountMinor: 400,
      amountMinor: 1599,
    });
  });

  it('PAY-2: a replayed paid webhook redeems the use once; the ledger sale is what was paid', async () => {
    const { courseId, coupon } = await paidCourseWithCoupon({ percentOff: 15, maxRedemptions: 5 });
    const learner = await makeUser('learner');
    const session = sessionOf(
      emu,
      await startCheckout(learner, courseId, { couponCode: coupon.code }),
    );
    const [completed] = emu.state.pay(session, 'card');
    const replies = await Promise.all([
      deliverSigned(emu, completed!),
      deliverSigned(emu, completed!),
    ]);
    expect(replies.map((r) => r.status)).toEqual([200, 200]);
    expect((await deliverSigned(emu, completed!)).status).toBe(200);
    const stored = await couponOf(coupon.id);
    expect({ redeemed: stored.redeemed, reserved: stored.reserved }).toEqual({
      redeemed: 1,
      reserved: 0,
    });
    expect(stored.uses.map((u) => u.status)).toEqual(['redeemed']);
    const [order] = await orderOf(learner.id, courseId);
    // 15 % of 1999 = 299.85 → 300 off (half away from zero).
    expect(order).toMatchObject({ status: 'paid', amountMinor: 1699, couponId: coupon.id });
    const [sale] = await db
      .select()
      .from(earningsLedger)
      .where(and(eq(earningsLedger.orderId, order!.id), eq(earningsLedger.kind, 'sale')));
    expect(sale!.amountMinor).toBe(1699);
  });

  it('PAY-2: the session-expired event releases the reservation exactly once', async () => {
    const { courseId, coupon } = await paidCourseWithCoupon({ maxRedemptions: 1 });
    const learner = await makeUser('learner');
    const session = sessionOf(
      emu,
      await startCheckout(learner, courseId, { couponCode: coupon.code }),
    );
    expect((await couponOf(coupon.id)).reserved).toBe(1);
    const [expired] = emu.state.expire(session);
    await Promise.all([deliverSigned(emu, expired!), deliverSigned(emu, expired!)]);
    const stored = await couponOf(coupon.id);
    expect({ reserved: stored.reserved, redeemed: stored.redeemed }).toEqual({
      reserved: 0,
      redeemed: 0,
    });
    expect(stored.uses.map((u) => u.status)).toEqual(['released']);
    // The released use is available again, to someone else.
    const other = await makeUser('learner');
    expect(await startCheckout(other, courseId, { couponCode: coupon.code })).toMatch(
      /\/checkout\/cs_test_/,
    );
  });

  it('PAY-2: a failed delayed payment releases the reservation', async () => {
    const creator = await makeUser('creator');
    const courseId = await makeCourse(creator.id, { priceMinor: 12900, currency: 'CNY' });
    const coupon = await makeCoupon(creator.id, courseId, {
      percentOff: null,
      amountOffMinor: 2900,
      currency: 'CNY',
    });
    const learner = await makeUser('learner');
    const session = sessionOf(
      emu,
      await startCheckout(learner, courseId, { couponCode: coupon.code }),
    );
    expect(session.amount_total).toBe(10000);
    const [completed] = emu.state.pay(session, 'wechat_pay', { delayed: true });
    await deliverSigned(emu, completed!);
    const [failed] = emu.state.settle(session, false);
    await deliverSigned(emu, failed!);
    const stored = await couponOf(coupon.id);
    expect(stored.reserved).toBe(0);
    expect(stored.uses.map((u) => u.status)).toEqual(['released']);
  });

  it('PAY-2: the same user beyond the per-user limit is refused', async () => {
    const { courseId, coupon } = await paidCourseWithCoupon({
      perUserLimit: 1,
      maxRedemptions: 10,
    });
    const learner = await makeUser('learner');
    const session = sessionOf(
      emu,
      await startCheckout(learner, courseId, { couponCode: coupon.code }),
    );
    for (const e of emu.state.pay(session, 'card')) await deliverSigned(emu, e);
    // Access ended (say, a refund): buying again is allowed, the coupon a second time is not.
    await db
      .update(enrollments)
      .set({ status: 'revoked' })
      .where(and(eq(enrollments.userId, learner.id), eq(enrollments.courseId, courseId)));
    await expect(
      startCheckout(learner, courseId, { couponCode: coupon.code }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'Checkout.coupon.userLimit',
    });
    expect(await startCheckout(learner, courseId)).toMatch(/\/checkout\/cs_test_/);
    expect((await couponOf(coupon.id)).redeemed).toBe(1);
  });

  it('PAY-2: expired, deactivated, unknown and another course’s coupons are refused without writes', async () => {
    const { creator, courseId, coupon } = await paidCourseWithCoupon();
    const expired = await makeCoupon(creator.id, courseId, {
      validUntil: new Date(Date.now() - 1000),
    });
    const inactive = await makeCoupon(creator.id, courseId, { active: false });
    const otherCourse = await makeCourse(creator.id, { priceMinor: 5000 });
    const learner = await makeUser('learner');
    const cases: [string, string][] = [
      [expired.code, 'Checkout.coupon.expired'],
      [inactive.code, 'Checkout.coupon.invalid'],
      ['NOSUCHCODE99', 'Checkout.coupon.invalid'],
    ];
    for (const [code, message] of cases)
      await expect(startCheckout(learner, courseId, { couponCode: code })).rejects.toMatchObject({
        message,
      });
    await expect(
      startCheckout(learner, otherCourse, { couponCode: coupon.code }),
    ).rejects.toMatchObject({
      message: 'Checkout.coupon.notApplicable',
    });
    expect(await orderOf(learner.id, courseId)).toHaveLength(0);
    expect(await orderOf(learner.id, otherCourse)).toHaveLength(0);
    expect((await couponOf(coupon.id)).reserved).toBe(0);
  });

  it('PAY-2: changing or dropping the code on an open order moves the reservation, no stacking', async () => {
    const { creator, courseId, coupon } = await paidCourseWithCoupon({ maxRedemptions: 3 });
    const second = await makeCoupon(creator.id, courseId, { percentOff: 50, maxRedemptions: 3 });
    const learner = await makeUser('learner');
    const first = await startCheckout(learner, courseId, { couponCode: coupon.code });
    expect(await startCheckout(learner, courseId, { couponCode: coupon.code })).toBe(first);
    const url = await startCheckout(learner, courseId, { couponCode: second.code });
    expect(url).not.toBe(first);
    expect(sessionOf(emu, url).amount_total).toBe(999);
    expect(sessionOf(emu, first).status).toBe('expired');
    expect((await couponOf(coupon.id)).reserved).toBe(0);
    expect((await couponOf(second.id)).reserved).toBe(1);
    const full = await startCheckout(learner, courseId);
    expect(sessionOf(emu, full).amount_total).toBe(1999);
    expect((await couponOf(second.id)).reserved).toBe(0);
    const rows = await orderOf(learner.id, courseId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ couponId: null, discountMinor: 0, amountMinor: 1999 });
  });

  it('PAY-2: ten refused codes an hour per user, then a clear rate-limit message', async () => {
    const { courseId, coupon } = await paidCourseWithCoupon();
    const learner = await makeUser('learner');
    for (let i = 0; i < 10; i++)
      await expect(
        startCheckout(learner, courseId, { couponCode: `GUESS${i}XXXXXX` }),
      ).rejects.toMatchObject({
        message: 'Checkout.coupon.invalid',
      });
    await expect(
      startCheckout(learner, courseId, { couponCode: coupon.code }),
    ).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      message: 'Checkout.coupon.rateLimited',
    });
    // Without a code the purchase itself is not blocked.
    expect(await startCheckout(learner, courseId)).toMatch(/\/checkout\/cs_test_/);
  });

  it('PAY-2: the course page previews the server’s discounted price or says why not', async () => {
    const { creator, courseId, coupon } = await paidCourseWithCoupon({ percentOff: 25 });
    const expired = await makeCoupon(creator.id, courseId, {
      validUntil: new Date(Date.now() - 1),
    });
    const course = { id: courseId, creatorId: creator.id, price: money(1999, 'USD' as const) };
    const key = `ip:203.0.113.${Math.floor(Math.random() * 200)}:${courseId}`;
    expect(await getCouponPreview(course, ` ${coupon.code.toLowerCase()} `, key)).toEqual({
      ok: true,
      code: coupon.code,
      list: money(1999, 'USD'),
      total: money(1499, 'USD'),
      percentOff: 25,
    });
    expect(await getCouponPreview(course, expired.code, key)).toMatchObject({
      ok: false,
      message: 'Checkout.coupon.expired',
    });
    const other = { ...course, id: await makeCourse(creator.id) };
    expect(await getCouponPreview(other, coupon.code, key)).toMatchObject({
      ok: false,
      message: 'Checkout.coupon.notApplicable',
    });
  });

  it('PAY-2: the buy form carries the code and the charge is the server’s discounted amount', async () => {
    const { courseId, coupon } = await paidCourseWithCoupon({ percentOff: 10 });
    const learner = await createTestUser({ verified: true });
    resetRequest();
    replaceCookies([
      {
        name: SESSION_COOKIE,
        value: await sessionToken(learner.id, await sessionVersionOf(learner.id)),
      },
    ]);
    const out = await runAction(startCheckoutAction, {
      courseId,
      coupon: coupon.code,
      amount: '1',
      discountMinor: '1999',
      coupon2: 'ANOTHERCODE1',
    });
    expect(out.redirect).toMatch(/\/checkout\/cs_test_/);
    expect(sessionOf(emu, out.redirect!).amount_total).toBe(1799);
    const [order] = await orderOf(learner.id, courseId);
    expect(order).toMatchObject({ discountMinor: 200, amountMinor: 1799, couponId: coupon.id });
  });
});
