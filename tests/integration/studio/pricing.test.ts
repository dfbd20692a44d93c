import { asc, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

import { db } from '@/db';
import { auditLog, coupons, courses } from '@/db/schema';
import { createCouponAction } from '@/lib/actions/studio/create-coupon';
import { deactivateCouponAction } from '@/lib/actions/studio/deactivate-coupon';
import { setPriceAction } from '@/lib/actions/studio/set-price';
import { listCourseCoupons } from '@/lib/data/coupons';
import { runAction } from '@/tests/support/actions';
import {
  createTestUser,
  SESSION_COOKIE,
  sessionToken,
  sessionVersionOf,
  type TestUser,
} from '@/tests/support/auth-users';
import { makeCoupon } from '@/tests/support/coupon-fixtures';
import { makeCourse } from '@/tests/support/dashboard-fixtures';
import { replaceCookies, resetRequest } from '@/tests/support/next-headers';

beforeEach(() => resetRequest());

async function actAs(user: TestUser) {
  resetRequest();
  replaceCookies([
    { name: SESSION_COOKIE, value: await sessionToken(user.id, await sessionVersionOf(user.id)) },
  ]);
}

const courseRow = async (id: string) =>
  (await db.select().from(courses).where(eq(courses.id, id)))[0]!;
const couponsOf = (courseId: string) =>
  db.select().from(coupons).where(eq(coupons.courseId, courseId));
const auditsOf = (targetId: string) =>
  db.select().from(auditLog).where(eq(auditLog.targetId, targetId)).orderBy(asc(auditLog.id));

describe('studio pricing', () => {
  it('sets free, "19.99" USD and "¥129" CNY in integer minor units', async () => {
    const a = await createTestUser({ role: 'creator' });
    const courseId = await makeCourse(a.id, { priceMinor: 0 });
    await actAs(a);
    const paid = await runAction(setPriceAction, {
      courseId,
      kind: 'paid',
      currency: 'USD',
      price: '19.99',
    });
    expect(paid.state).toMatchObject({ ok: true });
    expect(await courseRow(courseId)).toMatchObject({ priceMinor: 1999, currency: 'USD' });
    await runAction(setPriceAction, { courseId, kind: 'paid', currency: 'CNY', price: '¥129' });
    expect(await courseRow(courseId)).toMatchObject({ priceMinor: 12900, currency: 'CNY' });
    await runAction(setPriceAction, { courseId, kind: 'free', currency: 'CNY', price: '88' });
    expect((await courseRow(courseId)).priceMinor).toBe(0);
    // ACCESS-5: each change of a price is one audit row by the creator; saving the same price is none.
    await runAction(setPriceAction, { courseId, kind: 'free', currency: 'CNY', price: '' });
    const audits = await auditsOf(courseId);
    expect(audits.map((a) => [a.action, a.actorUserId])).toEqual([
      ['course.price', a.id],
      ['course.price', a.id],
      ['course.price', a.id],
    ]);
    expect(audits[0]).toMatchObject({
      before: { priceMinor: 0 },
      after: { priceMinor: 1999, currency: 'USD', altPriceMinor: null },
    });
  });

  it('sells in USD and CNY: the second price is in the other currency, checked against its own minimum, and cleared when blank or free', async () => {
    const a = await createTestUser({ role: 'creator' });
    const courseId = await makeCourse(a.id, { priceMinor: 0 });
    await actAs(a);
    const both = { courseId, kind: 'paid', currency: 'USD', price: '19.99', altPrice: '¥129' };
    expect((await runAction(setPriceAction, both)).state).toMatchObject({ ok: true });
    expect(await courseRow(courseId)).toMatchObject({
      priceMinor: 1999,
      currency: 'USD',
      altPriceMinor: 12900,
      altCurrency: 'CNY',
    });
    // 3.99 is above the USD minimum but below CNY's: the second field carries the message.
    const low = await runAction(setPriceAction, { ...both, currency: 'USD', altPrice: '3.99' });
    expect(low.state).toMatchObject({
      ok: false,
      fieldErrors: { altPrice: ['StudioPricing.errors.tooLow'] },
    });
    expect((await courseRow(courseId)).altPriceMinor).toBe(12900);
    const swapped = { ...both, currency: 'CNY', price: '129', altPrice: '19.99' };
    await runAction(setPriceAction, swapped);
    expect(await courseRow(courseId)).toMatchObject({
      priceMinor: 12900,
      currency: 'CNY',
      altPriceMinor: 1999,
      altCurrency: 'USD',
    });
    await runAction(setPriceAction, { ...both, altPrice: '' });
    expect(await courseRow(courseId)).toMatchObject({ altPriceMinor: null, altCurrency: null });
    await runAction(setPriceAction, { ...both, kind: 'free' });
    expect(await courseRow(courseId)).toMatchObject({
      priceMinor: 0,
      altPriceMinor: null,
      altCurrency: null,
    });
  });

  it('refuses a price below the Stripe minimum or unreadable, with a field message', async () => {
    const a = await createTestUser({ role: 'creator' });
    const courseId = await makeCourse(a.id, { priceMinor: 2000 });
    await actAs(a);
    const low = await runAction(setPriceAction, {
      courseId,
      kind: 'paid',
      currency: 'CNY',
      price: '3.99',
    });
    expect(low.state).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      fieldErrors: { price: ['StudioPricing.errors.tooLow'] },
    });
    const bad = await runAction(setPriceAction, {
      courseId,
      kind: 'paid',
      currency: 'USD',
      price: '1,2.345',
    });
    expect(bad.state).toMatchObject({
      ok: false,
      fieldErrors: { price: ['StudioPricing.errors.priceInvalid'] },
    });
    const none = await runAction(setPriceAction, {
      courseId,
      kind: 'paid',
      currency: 'USD',
      price: '',
    });
    expect(none.state).toMatchObject({
      ok: false,
      fieldErrors: { price: ['StudioPricing.errors.priceRequired'] },
    });
    expect((await courseRow(courseId)).priceMinor).toBe(2000);
  });

  it('ACCESS-3: creator B setting A’s price is NOT_FOUND and the course is unchanged; extra fields are ignored', async () => {
    const a = await createTestUser({ role: 'creator' });
    const b = await createTestUser({ role: 'creator' });
    const courseId = await makeCourse(a.id, { priceMinor: 4900, currency: 'USD' });
    const before = await courseRow(courseId);
    await actAs(b);
    const out = await runAction(setPriceAction, { courseId, kind: 'free', currency: 'USD' });
    expect(out.state).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await courseRow(courseId)).toEqual(before);
    await actAs(a);
    await runAction(setPriceAction, {
      courseId,
      kind: 'paid',
      currency: 'USD',
      price: '10',
      creatorId: b.id,
      isFeatured: 'true',
    });
    expect(await courseRow(courseId)).toMatchObject({
      creatorId: a.id,
      priceMinor: 1000,
      isFeatured: before.isFeatured,
    });
  });
});

describe('studio coupons', () => {
  it('creates a coupon with a 12-character server code, lists it with its uses, and deactivates it', async () => {
    const a = await createTestUser({ role: 'creator' });
    const courseId = await makeCourse(a.id, { priceMinor: 12900, currency: 'CNY' });
    await actAs(a);
    const out = await runAction(createCouponAction, {
      courseId,
      type: 'amount',
      value: '¥20',
      validUntil: '2099-12-31',
      maxRedemptions: '50',
      perUserLimit: '1',
      code: 'MYOWNCODE',
      redeemed: '40',
    });
    expect(out.state).toMatchObject({ ok: true });
    const [row] = await couponsOf(courseId);
    expect(row!.code).toMatch(/^[A-HJ-NP-Z2-9]{12}$/);
    expect(row).toMatchObject({
      creatorId: a.id,
      amountOffMinor: 2000,
      currency: 'CNY',
      percentOff: null,
      maxRedemptions: 50,
      redeemed: 0,
      validUntil: new Date('2099-12-31T23:59:59.000Z'),
    });
    const viewer = {
      id: a.id,
      role: 'creator' as const,
      name: a.name,
      email: a.email,
      emailVerified: true,
      locale: 'en',
    };
    const [listed] = await listCourseCoupons(viewer, courseId);
    expect(listed).toMatchObject({ code: row!.code, state: 'active', redeemed: 0, reserved: 0 });
    await runAction(deactivateCouponAction, { couponId: row!.id });
    expect((await couponsOf(courseId))[0]!.active).toBe(false);
    // ACCESS-5: creating and deactivating a coupon are money changes, one audit row each.
    await runAction(deactivateCouponAction, { couponId: row!.id });
    expect(await auditsOf(row!.id)).toMatchObject([
      {
        action: 'coupon.create',
        actorUserId: a.id,
        after: { code: row!.code, courseId, amountOffMinor: 2000, currency: 'CNY' },
      },
      { action: 'coupon.deactivate', before: { active: true }, after: { active: false } },
    ]);
  });

  it('refuses a percentage out of range, a past expiry and a discount below the Stripe minimum', async () => {
    const a = await createTestUser({ role: 'creator' });
    const courseId = await makeCourse(a.id, { priceMinor: 1000, currency: 'USD' });
    await actAs(a);
    const cases: [Record<string, string>, string, string][] = [
      [{ type: 'percent', value: '0' }, 'value', 'StudioPricing.errors.percent'],
      [{ type: 'percent', value: '101' }, 'value', 'StudioPricing.errors.percent'],
      [{ type: 'percent', value: '96' }, 'value', 'StudioPricing.errors.belowMinimum'],
      [{ type: 'amount', value: '9.60' }, 'value', 'StudioPricing.errors.belowMinimum'],
      [
        { type: 'percent', value: '10', validUntil: '2001-01-01' },
        'validUntil',
        'StudioPricing.errors.datePast',
      ],
    ];
    for (const [fields, field, message] of cases) {
      const out = await runAction(createCouponAction, { courseId, ...fields });
      expect(out.state).toMatchObject({ ok: false, fieldErrors: { [field]: [message] } });
    }
    expect(await couponsOf(courseId)).toHaveLength(0);
  });

  it('accepts 100 % off and an amount off above the price: the course becomes free with the code', async () => {
    const a = await createTestUser({ role: 'creator' });
    const courseId = await makeCourse(a.id, { priceMinor: 1000, currency: 'USD' });
    await actAs(a);
    for (const fields of [
      { type: 'percent', value: '100' },
      { type: 'amount', value: '10.00' },
      { type: 'amount', value: '25.00' },
    ]) {
      const out = await runAction(createCouponAction, { courseId, ...fields });
      expect(out.state?.ok).toBe(true);
    }
    expect(await couponsOf(courseId)).toHaveLength(3);
  });

  it('PAY-2, ACCESS-3: creator B creating a coupon for A’s course is rejected and the DB is unchanged', async () => {
    const a = await createTestUser({ role: 'creator' });
    const b = await createTestUser({ role: 'creator' });
    const courseId = await makeCourse(a.id, { priceMinor: 5000 });
    await actAs(b);
    const out = await runAction(createCouponAction, { courseId, type: 'percent', value: '50' });
    expect(out.state).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await couponsOf(courseId)).toHaveLength(0);
  });

  it('ACCESS-3: creator B cannot deactivate A’s coupon', async () => {
    const a = await createTestUser({ role: 'creator' });
    const b = await createTestUser({ role: 'creator' });
    const courseId = await makeCourse(a.id, { priceMinor: 5000 });
    const coupon = await makeCoupon(a.id, courseId);
    await actAs(b);
    const out = await runAction(deactivateCouponAction, { couponId: coupon.id });
    expect(out.state).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect((await couponsOf(courseId))[0]!.active).toBe(true);
  });

  it('PAY-2, ACCESS-3: a learner calling the studio coupon and price actions is rejected and writes nothing', async () => {
    const a = await createTestUser({ role: 'creator' });
    const learner = await createTestUser({ role: 'learner' });
    const courseId = await makeCourse(a.id, { priceMinor: 5000 });
    const coupon = await makeCoupon(a.id, courseId);
    await actAs(learner);
    const created = await runAction(createCouponAction, { courseId, type: 'percent', value: '50' });
    const deactivated = await runAction(deactivateCouponAction, { couponId: coupon.id });
    const priced = await runAction(setPriceAction, { courseId, kind: 'free', currency: 'USD' });
    for (const out of [created, deactivated, priced])
      expect(out.state).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await couponsOf(courseId)).toHaveLength(1);
    expect((await couponsOf(courseId))[0]!.active).toBe(true);
    expect((await courseRow(courseId)).priceMinor).toBe(5000);
  });
});
