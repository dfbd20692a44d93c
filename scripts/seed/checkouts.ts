import type { CheckoutDevice, NewOrder } from '@/db/schema';
import { priceBand } from '@/lib/models/conversion/features';
import { sigmoid } from '@/lib/models/conversion/logistic';
import { applyDiscount, money, splitRevenue, type CurrencyCode } from '@/lib/money';

import { PLATFORM_FEE_BPS, type Journal } from './journey';
import { at, DAY_MS, type CourseFacts } from './plan';
import { createRng, seedId, type Rng } from './random';

/**
 * The structure planted in the demo's checkouts, as the log-odds that a started checkout is paid
 * (documented in docs/payments.md, "Payment success"): higher price bands, first purchases and
 * WeChat Pay on a desktop (a QR code to scan with a phone) complete less often; coupons complete
 * more often; night-time checkouts a little less.
 */
export function plantedSuccessLogit(x: {
  amountMinor: number;
  currency: string;
  method: string | null;
  device: string;
  firstPurchase: boolean;
  coupon: boolean;
  hour: number;
}): number {
  const band = [0.5, 0, -0.7, -1.3][priceBand(x.amountMinor, x.currency)] ?? 0;
  let z = 1.1 + band;
  if (x.coupon) z += 0.9;
  if (x.firstPurchase) z -= 0.8;
  if (x.method === 'wechat_pay') z += x.device === 'desktop' ? -1.5 : 0.3;
  if (x.method === 'alipay') z += 0.2;
  if (x.hour < 6) z -= 0.3;
  return z;
}

export const COUPON_PERCENT = 20;
const COUPON_SHARE = 0.18;
const OPEN_CHECKOUTS = 36;
const MAX_FAILED_ATTEMPTS = 8;

function poisson(r: Rng, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = r.next(); p > limit; p *= r.next()) k++;
  return k;
}

const deviceFor = (r: Rng, currency: string): CheckoutDevice =>
  r.chance(currency === 'CNY' ? 0.6 : 0.4) ? 'mobile' : 'desktop';

/**
 * Checkout attempts around the paid orders the journeys wrote: each paid order gets its context
 * (device, locale, first purchase), some carry a creator's coupon, and earlier attempts that expired
 * or failed are added so that the share paid in every segment follows `plantedSuccessLogit`
 * (a paid checkout with success probability p is preceded by Poisson((1 − p)/p) failed ones).
 * Recent open checkouts give the admin's "likely to be abandoned" list something to show.
 */
export function buildCheckoutAttempts(
  j: Journal,
  courses: CourseFacts[],
  opts: { skipUserIds: string[] },
): void {
  const r = createRng('checkouts');
  const rows = j.rows;
  const skip = new Set(opts.skipUserIds);
  const localeOf = new Map(rows.users.map((u) => [u.id, u.locale ?? 'en']));
  const signupOf = new Map(rows.users.map((u) => [u.id, u.createdAt?.getTime() ?? 0]));
  const couponUsers = new Set<string>();

  const couponOf = new Map<string, string>();
  for (const creatorId of new Set(
    courses.filter((c) => c.priceMinor > 0).map((c) => c.creatorId),
  )) {
    const id = seedId(`coupon:${creatorId}`);
    couponOf.set(creatorId, id);
    rows.coupons.push({
      id,
      code: `WELCOME${COUPON_PERCENT}-${id.slice(0, 6).toUpperCase()}`,
      creatorId,
      percentOff: COUPON_PERCENT,
      perUserLimit: 1,
      redeemed: 0,
      createdAt: at(j.nowMs - 200 * DAY_MS),
    });
  }
  const redeemed = new Map<string, number>();

  const paid = rows.orders
    .filter((o) => o.paidAt)
    .sort((a, b) => a.createdAt!.getTime() - b.createdAt!.getTime());
  const paidTimes = new Map<string, number[]>();
  for (const o of paid)
    paidTimes.set(o.userId, [...(paidTimes.get(o.userId) ?? []), o.paidAt!.getTime()]);
  const firstAt = (userId: string, t: number) => !(paidTimes.get(userId) ?? []).some((p) => p < t);

  const extra: NewOrder[] = [];
  for (const order of paid) {
    const t = order.createdAt!.getTime();
    const couponId = couponOf.get(order.creatorId);
    const couponKey = `${order.userId}:${order.creatorId}`;
    if (
      couponId &&
      !skip.has(order.userId) &&
      !couponUsers.has(couponKey) &&
      r.chance(COUPON_SHARE)
    ) {
      couponUsers.add(couponKey);
      applyCoupon(j, order, couponId, redeemed);
    }
    const device = deviceFor(r, order.currency);
    const locale = localeOf.get(order.userId) ?? 'en';
    const features = {
      amountMinor: order.amountMinor,
      currency: order.currency,
      method: order.paymentMethod ?? 'card',
      device,
      firstPurchase: firstAt(order.userId, t),
      coupon: order.couponId != null,
      hour: new Date(t).getUTCHours(),
    };
    rows.checkoutContexts.push({
      orderId: order.id,
      device,
      locale,
      firstPurchase: features.firstPurchase,
      createdAt: at(t),
    });
    if (skip.has(order.userId)) continue;
    const p = sigmoid(plantedSuccessLogit(features));
    const failures = Math.min(MAX_FAILED_ATTEMPTS, poisson(r, (1 - p) / p));
    for (let k = 0; k < failures; k++) {
      // Whole days earlier, so the hour of day is the paid attempt's.
      const ft = t - (k + 1) * r.int(1, 3) * DAY_MS;
      if (ft < j.nowMs - 179 * DAY_MS || ft < (signupOf.get(order.userId) ?? 0)) break;
      const failed = r.chance(0.25);
      const id = seedId(`attempt:${order.id}:${k}`);
      extra.push({
        id,
        userId: order.userId,
        courseId: order.courseId,
        creatorId: order.creatorId,
        listPriceMinor: order.listPriceMinor,
        discountMinor: order.discountMinor ?? 0,
        amountMinor: order.amountMinor,
        currency: order.currency,
        couponId: order.couponId ?? null,
        status: failed ? 'failed' : 'expired',
        paymentMethod: features.method,
        failureReason: failed ? 'card_declined' : null,
        createdAt: at(ft),
        updatedAt: at(ft + (failed ? 5 * 60_000 : DAY_MS)),
      });
      rows.checkoutContexts.push({
        orderId: id,
        device,
        locale,
        firstPurchase: firstAt(order.userId, ft),
        createdAt: at(ft),
      });
      j.events.push({
        userId: order.userId,
        type: 'checkout_start',
        courseId: order.courseId,
        t: ft,
      });
      j.events.push({
        userId: order.userId,
        type: failed ? 'checkout_fail' : 'checkout_expire',
        courseId: order.courseId,
        t: ft + (failed ? 5 * 60_000 : DAY_MS),
      });
    }
  }

  // Recent checkouts still open, for learners who do not own the course.
  const owned = new Set(rows.enrollments.map((e) => `${e.userId}:${e.courseId}`));
  const learners = rows.users.filter((u) => u.role === 'learner' && u.email && !skip.has(u.id));
  const forSale = courses.filter((c) => c.status === 'published' && c.priceMinor > 0);
  const open = new Set<string>();
  for (let n = 0, tries = 0; n < OPEN_CHECKOUTS && tries < OPEN_CHECKOUTS * 20; tries++) {
    const user = r.pick(learners);
    const course = r.pick(forSale);
    const key = `${user.id}:${course.id}`;
    if (owned.has(key) || open.has(key)) continue;
    open.add(key);
    n++;
    const t = j.nowMs - r.int(1, 60 * 60) * 60_000;
    const id = seedId(`open-checkout:${key}`);
    extra.push({
      id,
      userId: user.id,
      courseId: course.id,
      creatorId: course.creatorId,
      listPriceMinor: course.priceMinor,
      discountMinor: 0,
      amountMinor: course.priceMinor,
      currency: course.currency,
      status: r.chance(0.5) ? 'awaiting_payment' : 'pending',
      openKey: key,
      createdAt: at(t),
      updatedAt: at(t),
    });
    rows.checkoutContexts.push({
      orderId: id,
      device: r.chance(0.6) ? 'desktop' : 'mobile',
      locale: localeOf.get(user.id) ?? 'en',
      firstPurchase: firstAt(user.id, t),
      createdAt: at(t),
    });
    j.events.push({ userId: user.id, type: 'checkout_start', courseId: course.id, t });
  }
  rows.orders.push(...extra);
  for (const c of rows.coupons) c.redeemed = redeemed.get(c.id) ?? 0;
}

/** Re-prices a paid order at the coupon price and keeps its ledger and refund in step. */
function applyCoupon(j: Journal, order: NewOrder, couponId: string, redeemed: Map<string, number>) {
  const currency = order.currency as CurrencyCode;
  const total = applyDiscount(money(order.listPriceMinor, currency), {
    percentOff: COUPON_PERCENT,
  });
  const amount = total.amountMinor;
  const discount = order.listPriceMinor - amount;
  const fee = splitRevenue(total, PLATFORM_FEE_BPS).platform.amountMinor;
  order.couponId = couponId;
  order.discountMinor = discount;
  order.amountMinor = amount;
  redeemed.set(couponId, (redeemed.get(couponId) ?? 0) + 1);
  for (const l of j.rows.earningsLedger) {
    if (l.orderId !== order.id) continue;
    if (l.kind === 'sale') l.amountMinor = amount;
    else if (l.kind === 'platform_fee') l.amountMinor = -fee;
    else if (l.kind === 'refund') l.amountMinor = -amount;
    else if (l.kind === 'refund_fee') l.amountMinor = fee;
  }
  for (const refund of j.rows.refunds) if (refund.orderId === order.id) refund.amountMinor = amount;
}
