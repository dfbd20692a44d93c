import 'server-only';

import { and, eq, inArray } from 'drizzle-orm';

import { db, type Tx } from '@/db';
import { couponRedemptions, enrollments, orderEvents, orders, type Order } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { AppError, isDuplicateKeyError, sqlErrorCode } from '@/lib/errors';
import { newId } from '@/lib/ids';

import {
  checkCouponForBuyer,
  lockCouponByCode,
  releaseCoupon,
  reserveCoupon,
  type CouponCourse,
} from './coupons';
import { OPEN_STATUSES } from './order-state';

export type PurchasableCourse = CouponCourse & { slug: string; title: string };
export type OpenedOrder = { order: Order; supersededSession: string | null };

const openKey = (userId: string, courseId: string) => `${userId}:${courseId}`;

/**
 * One open order per (user, course): the unique open_key makes a second tab reuse the first. The
 * amount is priced here from the stored course and coupon, and the coupon's use is reserved in the
 * same transaction that writes the order (PAY-1, PAY-2). When the terms changed (price, or another
 * or no coupon), the order is re-priced and its old session is returned so it can be expired.
 */
export async function openOrder(
  viewer: Viewer,
  course: PurchasableCourse,
  couponCode: string | undefined,
): Promise<OpenedOrder> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction((tx) => placeOrder(tx, viewer, course, couponCode));
    } catch (err) {
      // Two tabs inserting the same open order collide on open_key or its gap lock; the retry
      // finds the winner's row and reuses it.
      const retry = isDuplicateKeyError(err) || sqlErrorCode(err) === 'ER_LOCK_DEADLOCK';
      if (!retry || attempt >= 6) throw err;
      await new Promise((r) => setTimeout(r, 5 + Math.random() * 20 * (attempt + 1)));
    }
  }
}

async function placeOrder(
  tx: Tx,
  viewer: Viewer,
  course: PurchasableCourse,
  code: string | undefined,
): Promise<OpenedOrder> {
  const key = openKey(viewer.id, course.id);
  const coupon = code ? await lockCouponByCode(tx, code) : undefined;
  const [open] = await tx
    .select()
    .from(orders)
    .where(and(eq(orders.openKey, key), inArray(orders.status, OPEN_STATUSES)))
    .for('update');
  // A locking read sees an enrolment a concurrent Buy has just committed (a free order completes
  // at once), so a double click cannot open a second order and spend a second use.
  if (await holdsAccess(tx, viewer.id, course.id))
    throw new AppError('CONFLICT', 'Checkout.errors.owned');
  const held = !!open && !!coupon && open.couponId === coupon.id && (await reserves(tx, open.id));
  const applied = code
    ? await checkCouponForBuyer(tx, coupon, course, {
        userId: viewer.id,
        orderId: open?.id ?? null,
        held,
      })
    : null;
  const terms = {
    listPriceMinor: course.priceMinor,
    discountMinor: applied?.quote.discount.amountMinor ?? 0,
    amountMinor: applied?.quote.total.amountMinor ?? course.priceMinor,
    currency: course.currency,
    couponId: applied?.coupon.id ?? null,
  };

  if (!open) {
    const id = newId();
    await tx.insert(orders).values({
      id,
      openKey: key,
      userId: viewer.id,
      courseId: course.id,
      creatorId: course.creatorId,
      ...terms,
    });
    await tx.insert(orderEvents).values({ orderId: id, type: 'created', source: 'checkout' });
    if (applied)
      await reserveCoupon(tx, { couponId: terms.couponId!, userId: viewer.id, orderId: id });
    const [order] = await tx.select().from(orders).where(eq(orders.id, id));
    return { order: order!, supersededSession: null };
  }

  if (open.couponId && open.couponId !== terms.couponId) await releaseCoupon(tx, open.id);
  if (applied && !held)
    await reserveCoupon(tx, { couponId: applied.coupon.id, userId: viewer.id, orderId: open.id });
  const unchanged =
    open.amountMinor === terms.amountMinor &&
    open.currency === terms.currency &&
    open.couponId === terms.couponId &&
    open.listPriceMinor === terms.listPriceMinor;
  if (unchanged) return { order: open, supersededSession: null };
  // New terms: the old session (if any) must not be paid, so the order forgets it.
  await tx
    .update(orders)
    .set({ ...terms, checkoutSessionId: null })
    .where(eq(orders.id, open.id));
  return {
    order: { ...open, ...terms, checkoutSessionId: null },
    supersededSession: open.checkoutSessionId,
  };
}

async function reserves(tx: Tx, orderId: string): Promise<boolean> {
  const [row] = await tx
    .select({ status: couponRedemptions.status })
    .from(couponRedemptions)
    .where(eq(couponRedemptions.orderId, orderId));
  return row?.status === 'reserved';
}

async function holdsAccess(tx: Tx, userId: string, courseId: string): Promise<boolean> {
  const [row] = await tx
    .select({ status: enrollments.status })
    .from(enrollments)
    .where(and(eq(enrollments.userId, userId), eq(enrollments.courseId, courseId)))
    .for('update');
  return !!row && row.status !== 'revoked';
}
