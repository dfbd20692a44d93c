import 'server-only';

import { and, desc, eq } from 'drizzle-orm';

import { db } from '@/db';
import { coupons, type Coupon } from '@/db/schema';
import { canModerate } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { writeAudit } from '@/lib/data/audit';
import { AppError, isDuplicateKeyError } from '@/lib/errors';
import { newId } from '@/lib/ids';
import { isCurrency, money, type CurrencyCode, type Money } from '@/lib/money';
import { couponMessage, generateCouponCode, previewCoupon } from '@/lib/payments/coupons';
import { quoteDiscount } from '@/lib/pricing';
import type { CreateCouponInput } from '@/lib/validation/pricing';

import { getCoursePricingOrThrow } from './studio-pricing';

export type CouponState = 'active' | 'inactive' | 'expired' | 'usedUp';

export type CouponRow = {
  id: string;
  code: string;
  percentOff: number | null;
  amountOff: Money | null;
  maxRedemptions: number | null;
  perUserLimit: number;
  redeemed: number;
  reserved: number;
  validUntil: Date | null;
  state: CouponState;
  createdAt: Date;
};

function stateOf(c: Coupon, now: Date): CouponState {
  if (!c.active) return 'inactive';
  if (c.validUntil && c.validUntil <= now) return 'expired';
  if (c.maxRedemptions !== null && c.redeemed + c.reserved >= c.maxRedemptions) return 'usedUp';
  return 'active';
}

function toRow(c: Coupon, now: Date): CouponRow {
  return {
    id: c.id,
    code: c.code,
    percentOff: c.percentOff,
    amountOff:
      c.amountOffMinor !== null && c.currency && isCurrency(c.currency)
        ? money(c.amountOffMinor, c.currency)
        : null,
    maxRedemptions: c.maxRedemptions,
    perUserLimit: c.perUserLimit,
    redeemed: c.redeemed,
    reserved: c.reserved,
    validUntil: c.validUntil,
    state: stateOf(c, now),
    createdAt: c.createdAt,
  };
}

/** Creator of the course or admin (ACCESS-3): the coupons of one course, newest first. */
export async function listCourseCoupons(viewer: Viewer, courseId: string): Promise<CouponRow[]> {
  const course = await getCoursePricingOrThrow(viewer, courseId);
  const rows = await db
    .select()
    .from(coupons)
    .where(eq(coupons.courseId, course.id))
    .orderBy(desc(coupons.createdAt), desc(coupons.id));
  const now = new Date();
  return rows.map((c) => toRow(c, now));
}

/**
 * Creator of the course or admin (ACCESS-3, PAY-2). The code is generated here (12 random
 * characters), never chosen by the form; the coupon belongs to the course's creator as stored.
 * A coupon that would take today's price below Stripe's minimum charge is refused.
 */
export async function createCoupon(
  viewer: Viewer,
  input: CreateCouponInput,
  actorIp = '',
): Promise<{ code: string }> {
  const course = await getCoursePricingOrThrow(viewer, input.courseId);
  if (course.priceMinor === 0) throw new AppError('BAD_REQUEST', 'StudioPricing.errors.freeCourse');
  const currency: CurrencyCode | null = input.amountOffMinor !== null ? course.currency : null;
  const check = quoteDiscount(money(course.priceMinor, course.currency), { ...input, currency });
  if (!check.ok)
    throw new AppError('BAD_REQUEST', 'StudioPricing.errors.belowMinimum', {
      fieldErrors: { value: ['StudioPricing.errors.belowMinimum'] },
    });
  for (let attempt = 0; ; attempt++) {
    const code = generateCouponCode();
    const coupon = {
      id: newId(),
      code,
      creatorId: course.creatorId,
      courseId: course.id,
      percentOff: input.percentOff,
      amountOffMinor: input.amountOffMinor,
      currency,
      maxRedemptions: input.maxRedemptions,
      perUserLimit: input.perUserLimit,
      validUntil: input.validUntil,
    };
    try {
      // A coupon moves money: it and its audit row (ACCESS-5) land together.
      await db.transaction(async (tx) => {
        await tx.insert(coupons).values(coupon);
        const { id, ...terms } = coupon;
        await writeAudit(tx, viewer, actorIp, {
          action: 'coupon.create',
          targetType: 'coupon',
          targetId: id,
          before: null,
          after: terms,
          reason: null,
        });
      });
      return { code };
    } catch (err) {
      // A clash of two random codes is astronomically rare; draw again.
      if (!isDuplicateKeyError(err) || attempt >= 3) throw err;
    }
  }
}

/**
 * The coupon's creator or admin (ACCESS-3): scoped in the WHERE on the coupon as stored, so another
 * creator's coupon id is NOT_FOUND. Open reservations stay valid until their checkout closes.
 */
export async function deactivateCoupon(
  viewer: Viewer,
  couponId: string,
  actorIp = '',
): Promise<{ courseId: string | null }> {
  const scope = and(
    eq(coupons.id, couponId),
    canModerate(viewer) ? undefined : eq(coupons.creatorId, viewer.id),
  );
  return db.transaction(async (tx) => {
    const [coupon] = await tx
      .select({ courseId: coupons.courseId, active: coupons.active })
      .from(coupons)
      .where(scope)
      .for('update');
    if (!coupon) throw new AppError('NOT_FOUND', 'Errors.notFound');
    if (!coupon.active) return { courseId: coupon.courseId };
    await tx.update(coupons).set({ active: false }).where(scope);
    await writeAudit(tx, viewer, actorIp, {
      action: 'coupon.deactivate',
      targetType: 'coupon',
      targetId: couponId,
      before: { active: true },
      after: { active: false },
      reason: null,
    });
    return { courseId: coupon.courseId };
  });
}

export type CouponPreview =
  | { ok: true; code: string; list: Money; total: Money; percentOff: number | null }
  | { ok: false; code: string; message: string };

/**
 * Public (the course page's `?coupon=`): the discounted price as the server computes it, or the
 * message key saying why not. Refused guesses count against `limitKey` (user id, or IP).
 */
export async function getCouponPreview(
  course: { id: string; creatorId: string; price: Money },
  rawCode: string,
  limitKey: string,
): Promise<CouponPreview> {
  const code = rawCode.trim().toUpperCase().slice(0, 40);
  const verdict = await previewCoupon(
    code,
    {
      id: course.id,
      creatorId: course.creatorId,
      priceMinor: course.price.amountMinor,
      currency: course.price.currency,
    },
    limitKey,
  );
  if (!verdict.ok) return { ok: false, code, message: couponMessage(verdict.problem) };
  return {
    ok: true,
    code,
    list: verdict.quote.list,
    total: verdict.quote.total,
    percentOff: verdict.coupon.percentOff,
  };
}
