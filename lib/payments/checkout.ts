import 'server-only';

import { and, eq, inArray, isNull } from 'drizzle-orm';
import type Stripe from 'stripe';

import { db } from '@/db';
import {
  behaviourEvents,
  courses,
  enrollments,
  orderEvents,
  orders,
  type CheckoutDevice,
} from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import {
  hasEarlierPurchase,
  orderPaymentMethods,
  recordCheckoutContext,
} from '@/lib/data/conversion-model';
import { publicCourseWhere } from '@/lib/data/course-cards';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { isCurrency, type CurrencyCode } from '@/lib/money';
import { choosePrice, coursePrices } from '@/lib/pricing';

import { assertCouponAttemptsLeft, countCouponProblem, couponProblemOf } from './coupons';
import { completeFreeOrder } from './free-order';
import { openOrder, type PurchasableCourse } from './open-order';
import { OPEN_STATUSES } from './order-state';
import { stripe } from './stripe';

type Method = 'card' | 'alipay' | 'wechat_pay';

/** Card always; Alipay for CNY and USD; WeChat Pay for CNY (PAY-1 allow-list). */
export function paymentMethodsFor(currency: CurrencyCode): Method[] {
  return currency === 'CNY' ? ['card', 'alipay', 'wechat_pay'] : ['card', 'alipay'];
}

/**
 * The price comes from the database, never the request (PAY-1): the request only says which of the
 * course's prices it pays (absent: the buyer's locale decides, as on the course page).
 */
async function loadPurchasableCourse(
  viewer: Viewer,
  courseId: string,
  currency: CurrencyCode | undefined,
): Promise<PurchasableCourse> {
  const [course] = await db
    .select({
      id: courses.id,
      slug: courses.slug,
      title: courses.title,
      creatorId: courses.creatorId,
      priceMinor: courses.priceMinor,
      currency: courses.currency,
      altPriceMinor: courses.altPriceMinor,
      altCurrency: courses.altCurrency,
    })
    .from(courses)
    .where(and(eq(courses.id, courseId), publicCourseWhere))
    .limit(1);
  if (!course) throw new AppError('NOT_FOUND', 'Errors.notFound');
  if (course.priceMinor === 0) throw new AppError('BAD_REQUEST', 'Checkout.errors.free');
  if (course.creatorId === viewer.id) throw new AppError('FORBIDDEN', 'Checkout.errors.ownCourse');
  if (!isCurrency(course.currency)) throw new AppError('BAD_REQUEST', 'Checkout.errors.currency');
  const prices = coursePrices({ ...course, currency: course.currency });
  if (currency && !prices.some((p) => p.currency === currency))
    throw new AppError('BAD_REQUEST', 'Checkout.errors.currencyNotOffered');
  const price = choosePrice(prices, currency, viewer.locale);
  const [owned] = await db
    .select({ status: enrollments.status })
    .from(enrollments)
    .where(and(eq(enrollments.userId, viewer.id), eq(enrollments.courseId, course.id)))
    .limit(1);
  if (owned && owned.status !== 'revoked') throw new AppError('CONFLICT', 'Checkout.errors.owned');
  return {
    id: course.id,
    slug: course.slug,
    title: course.title,
    creatorId: course.creatorId,
    priceMinor: price.amountMinor,
    currency: price.currency,
  };
}

async function expireQuietly(sessionId: string) {
  await stripe.checkout.sessions.expire(sessionId).catch(() => undefined);
}

/** Opens the order; a refused code counts against the buyer's coupon allowance (PAY-2). */
async function openOrderWithCoupon(viewer: Viewer, course: PurchasableCourse, code?: string) {
  if (code) await assertCouponAttemptsLeft(viewer.id);
  try {
    return await openOrder(viewer, course, code);
  } catch (err) {
    const problem = couponProblemOf(err);
    if (problem) await countCouponProblem(viewer.id, problem);
    throw err;
  }
}

/**
 * "Buy": requires a verified email, reuses the open order and its open session, or creates a
 * Checkout Session with an idempotency key per order attempt, so a double click is one session.
 * An optional coupon code is judged and reserved server-side. Returns the hosted checkout URL, or
 * the order page when the coupon made the order free (enrolled at once, Stripe never called).
 */
/** What the request tells about the buyer at checkout (a device class, never the user agent). */
export type CheckoutRequestContext = { device: CheckoutDevice; locale: string };

/** What the buyer chose on the course page: the currency to pay in and a coupon code. */
export type CheckoutChoice = { currency?: CurrencyCode; couponCode?: string };

export async function startCheckout(
  viewer: Viewer,
  courseId: string,
  { currency, couponCode }: CheckoutChoice = {},
  context: CheckoutRequestContext = { device: 'unknown', locale: 'en' },
): Promise<string> {
  if (!viewer.emailVerified) throw new AppError('FORBIDDEN', 'Checkout.errors.verifyEmail');
  const course = await loadPurchasableCourse(viewer, courseId, currency);
  const { order, supersededSession } = await openOrderWithCoupon(viewer, course, couponCode);
  if (supersededSession) await expireQuietly(supersededSession);
  if (order.amountMinor === 0) {
    await completeFreeOrder(order);
    return `/orders/${order.id}`;
  }

  if (order.checkoutSessionId) {
    const existing = await stripe.checkout.sessions.retrieve(order.checkoutSessionId);
    if (existing.status === 'open' && existing.url) return existing.url;
    if (existing.status === 'complete')
      throw new AppError('CONFLICT', 'Checkout.errors.processing');
  }
  const firstPurchase = !(await hasEarlierPurchase(viewer.id, order.id));
  await recordCheckoutContext({ orderId: order.id, ...context, firstPurchase });
  // Offered in order of predicted success for this buyer's segment (the payment-success model).
  const methods = await orderPaymentMethods(paymentMethodsFor(course.currency), {
    amountMinor: order.amountMinor,
    currency: course.currency,
    device: context.device,
    locale: context.locale,
    firstPurchase,
    coupon: order.couponId !== null,
    hour: new Date().getUTCHours(),
  });
  const params: Stripe.Checkout.SessionCreateParams = {
    mode: 'payment',
    line_items: [
      {
        quantity: 1,
        price_data: {
          currency: course.currency.toLowerCase(),
          unit_amount: order.amountMinor,
          product_data: { name: course.title },
        },
      },
    ],
    allowed_payment_method_types: methods,
    ...(methods.includes('wechat_pay')
      ? { payment_method_options: { wechat_pay: { client: 'web' } } }
      : {}),
    client_reference_id: order.id,
    metadata: {
      order_id: order.id,
      course_id: course.id,
      ...(order.couponId ? { coupon_id: order.couponId } : {}),
    },
    payment_intent_data: { metadata: { order_id: order.id } },
    customer_email: viewer.email ?? undefined,
    success_url: `${env.APP_URL}/checkout/success?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${env.APP_URL}/courses/${course.slug}?${new URLSearchParams({
      checkout: 'cancelled',
      currency: course.currency,
      ...(couponCode ? { coupon: couponCode } : {}),
    })}`,
  };
  const session = await stripe.checkout.sessions.create(params, {
    // A re-priced order forgot its old session; naming it keeps the new key distinct from the old one.
    idempotencyKey: `checkout:${order.id}:${order.checkoutSessionId ?? supersededSession ?? 'first'}`,
  });
  if (!session.url) throw new AppError('INTERNAL', 'Errors.generic');

  const [res] = await db
    .update(orders)
    .set({ checkoutSessionId: session.id })
    .where(
      and(
        eq(orders.id, order.id),
        inArray(orders.status, OPEN_STATUSES),
        order.checkoutSessionId
          ? eq(orders.checkoutSessionId, order.checkoutSessionId)
          : isNull(orders.checkoutSessionId),
      ),
    );
  // Only the request that moved the order onto this session writes the timeline and funnel row.
  if (res.affectedRows === 1 && order.checkoutSessionId !== session.id) {
    await db.insert(orderEvents).values({
      orderId: order.id,
      type: 'checkout_opened',
      source: 'checkout',
      detail: session.id,
    });
    await db.insert(behaviourEvents).values({
      userId: viewer.id,
      type: 'checkout_start',
      courseId: course.id,
      value: order.amountMinor,
      detail: course.currency,
    });
  }
  return session.url;
}
