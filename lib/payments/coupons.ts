import 'server-only';

import { randomInt } from 'node:crypto';

import { and, eq, inArray, ne, sql } from 'drizzle-orm';

import { db, type Tx } from '@/db';
import { couponRedemptions, coupons, type Coupon } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { money, type CurrencyCode } from '@/lib/money';
import { quoteDiscount, type Quote } from '@/lib/pricing';
import { peekLimit, recordFailure } from '@/lib/rate-limit';

/**
 * Coupon rules shared by the course page (preview) and checkout (reservation), PAY-2. The checkout
 * path re-judges the coupon under a row lock in the order's transaction; the preview is advisory.
 */

/** No 0/O/1/I: codes are read aloud and typed. 12 of 32 symbols ≈ 60 bits, never sequential. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const COUPON_CODE_LENGTH = 12;
const CODE_SHAPE = /^[A-Z0-9]{10,40}$/;

export function generateCouponCode(): string {
  let out = '';
  for (let i = 0; i < COUPON_CODE_LENGTH; i++) out += ALPHABET[randomInt(ALPHABET.length)];
  return out;
}

export type CouponProblem =
  | 'invalid'
  | 'notApplicable'
  | 'notYet'
  | 'expired'
  | 'usedUp'
  | 'userLimit'
  | 'currency'
  | 'belowMinimum'
  | 'free'
  | 'rateLimited';

/** Each problem's message key, written out so the error-key test can check every one. */
export const COUPON_MESSAGES: Record<CouponProblem, string> = {
  invalid: 'Checkout.coupon.invalid',
  notApplicable: 'Checkout.coupon.notApplicable',
  notYet: 'Checkout.coupon.notYet',
  expired: 'Checkout.coupon.expired',
  usedUp: 'Checkout.coupon.usedUp',
  userLimit: 'Checkout.coupon.userLimit',
  currency: 'Checkout.coupon.currency',
  belowMinimum: 'Checkout.coupon.belowMinimum',
  free: 'Checkout.coupon.free',
  rateLimited: 'Checkout.coupon.rateLimited',
};

export const couponMessage = (problem: CouponProblem) => COUPON_MESSAGES[problem];

/** Problems that look like guessing (no such code, or a code for something else) count towards the limit. */
const GUESSES: CouponProblem[] = ['invalid', 'notApplicable'];

export type CouponCourse = {
  id: string;
  creatorId: string;
  priceMinor: number;
  currency: CurrencyCode;
};

export type CouponVerdict =
  { ok: true; coupon: Coupon; quote: Quote } | { ok: false; problem: CouponProblem };

/** The rules on a coupon row as stored: scope, active, window, uses left, price floor. */
export function judgeCoupon(
  coupon: Coupon | undefined,
  course: CouponCourse,
  now = new Date(),
): CouponVerdict {
  if (!coupon || !coupon.active) return { ok: false, problem: 'invalid' };
  // Scope: one course, or (course_id NULL) every course of the coupon's creator.
  const inScope = coupon.courseId
    ? coupon.courseId === course.id
    : coupon.creatorId === course.creatorId;
  if (!inScope) return { ok: false, problem: 'notApplicable' };
  if (coupon.validFrom && coupon.validFrom > now) return { ok: false, problem: 'notYet' };
  if (coupon.validUntil && coupon.validUntil <= now) return { ok: false, problem: 'expired' };
  if (coupon.maxRedemptions !== null && coupon.redeemed + coupon.reserved >= coupon.maxRedemptions)
    return { ok: false, problem: 'usedUp' };
  const result = quoteDiscount(money(course.priceMinor, course.currency), coupon);
  if (!result.ok) return { ok: false, problem: result.problem };
  return { ok: true, coupon, quote: result.quote };
}

/** Refuses further codes while the caller's refused-code allowance is used up. */
export async function assertCouponAttemptsLeft(limitKey: string): Promise<void> {
  const wait = await peekLimit('couponFailures', limitKey);
  if (wait !== null)
    throw new AppError('RATE_LIMITED', COUPON_MESSAGES.rateLimited, { retryAfter: wait });
}

export async function countCouponProblem(limitKey: string, problem: CouponProblem) {
  if (GUESSES.includes(problem)) await recordFailure('couponFailures', limitKey);
}

/** Course page `?coupon=`: the discounted price the server computes, or why there is none. */
export async function previewCoupon(
  rawCode: string,
  course: CouponCourse,
  limitKey: string,
): Promise<CouponVerdict> {
  if ((await peekLimit('couponFailures', limitKey)) !== null)
    return { ok: false, problem: 'rateLimited' };
  const code = rawCode.trim().toUpperCase();
  const [coupon] = CODE_SHAPE.test(code)
    ? await db.select().from(coupons).where(eq(coupons.code, code)).limit(1)
    : [];
  const verdict = judgeCoupon(coupon, course);
  if (!verdict.ok) await countCouponProblem(limitKey, verdict.problem);
  return verdict;
}

/**
 * Checkout, step 1: the coupon row locked FOR UPDATE. It is taken before the order row, whose coupon
 * foreign key would otherwise share-lock it first and deadlock two buyers of the last use.
 */
export async function lockCouponByCode(tx: Tx, code: string): Promise<Coupon | undefined> {
  if (!CODE_SHAPE.test(code)) return undefined;
  const [coupon] = await tx.select().from(coupons).where(eq(coupons.code, code)).for('update');
  return coupon;
}

/**
 * Checkout, step 2: the locked coupon judged as stored, and the buyer's own uses counted under that
 * lock (per-user limit). `held` = this open order already reserves it, so its own use is not "taken".
 * Throws the problem as an AppError.
 */
export async function checkCouponForBuyer(
  tx: Tx,
  coupon: Coupon | undefined,
  course: CouponCourse,
  ctx: { userId: string; orderId: string | null; held: boolean },
): Promise<{ coupon: Coupon; quote: Quote }> {
  const stored = coupon && ctx.held ? { ...coupon, reserved: coupon.reserved - 1 } : coupon;
  const verdict = judgeCoupon(stored, course);
  if (!verdict.ok) throw couponError(verdict.problem);
  const mine = await tx
    .select({ id: couponRedemptions.id })
    .from(couponRedemptions)
    .where(
      and(
        eq(couponRedemptions.couponId, verdict.coupon.id),
        eq(couponRedemptions.userId, ctx.userId),
        inArray(couponRedemptions.status, ['reserved', 'redeemed']),
        ctx.orderId ? ne(couponRedemptions.orderId, ctx.orderId) : undefined,
      ),
    );
  if (mine.length >= verdict.coupon.perUserLimit) throw couponError('userLimit');
  return { coupon: verdict.coupon, quote: verdict.quote };
}

/** A refusal that came from the coupon rules (so the caller can count it against the limit). */
export function couponProblemOf(err: unknown): CouponProblem | null {
  if (!(err instanceof AppError) || !err.message.startsWith('Checkout.coupon.')) return null;
  return err.message.slice('Checkout.coupon.'.length) as CouponProblem;
}

export function couponError(problem: CouponProblem): AppError {
  const code = problem === 'usedUp' || problem === 'userLimit' ? 'CONFLICT' : 'BAD_REQUEST';
  return new AppError(code, COUPON_MESSAGES[problem]);
}

/**
 * Reserves one use for an order: the guarded UPDATE matches one row only while uses are left, so
 * two checkouts racing for the last use cannot both win. The order's one redemption row (unique
 * order_id) is written or re-pointed to this coupon as 'reserved'.
 */
export async function reserveCoupon(
  tx: Tx,
  r: { couponId: string; userId: string; orderId: string },
): Promise<void> {
  const [res] = await tx
    .update(coupons)
    .set({ reserved: sql`${coupons.reserved} + 1` })
    .where(
      and(
        eq(coupons.id, r.couponId),
        sql`(${coupons.maxRedemptions} IS NULL OR ${coupons.redeemed} + ${coupons.reserved} < ${coupons.maxRedemptions})`,
      ),
    );
  if (res.affectedRows !== 1) throw couponError('usedUp');
  await tx
    .insert(couponRedemptions)
    .values({ ...r, status: 'reserved' })
    .onDuplicateKeyUpdate({ set: { couponId: r.couponId, status: 'reserved' } });
}

/** Expiry, failure or a changed coupon: gives a reserved use back, once (the status guard). */
export async function releaseCoupon(tx: Tx, orderId: string): Promise<void> {
  const [row] = await lockRedemption(tx, orderId);
  if (row?.status !== 'reserved') return;
  await tx
    .update(couponRedemptions)
    .set({ status: 'released' })
    .where(eq(couponRedemptions.id, row.id));
  await tx
    .update(coupons)
    .set({ reserved: sql`${coupons.reserved} - 1` })
    .where(and(eq(coupons.id, row.couponId), sql`${coupons.reserved} > 0`));
}

/**
 * Payment: turns the reservation into a redemption, once. A use released earlier (a superseded
 * session that still paid) is counted as redeemed without touching `reserved`.
 */
export async function redeemCoupon(tx: Tx, orderId: string): Promise<void> {
  const [row] = await lockRedemption(tx, orderId);
  if (!row || row.status === 'redeemed') return;
  await tx
    .update(couponRedemptions)
    .set({ status: 'redeemed' })
    .where(eq(couponRedemptions.id, row.id));
  const wasReserved = row.status === 'reserved';
  await tx
    .update(coupons)
    .set({
      redeemed: sql`${coupons.redeemed} + 1`,
      ...(wasReserved ? { reserved: sql`${coupons.reserved} - 1` } : {}),
    })
    .where(
      and(eq(coupons.id, row.couponId), wasReserved ? sql`${coupons.reserved} > 0` : undefined),
    );
}

function lockRedemption(tx: Tx, orderId: string) {
  return tx
    .select({
      id: couponRedemptions.id,
      couponId: couponRedemptions.couponId,
      status: couponRedemptions.status,
    })
    .from(couponRedemptions)
    .where(eq(couponRedemptions.orderId, orderId))
    .for('update');
}
