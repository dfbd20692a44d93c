import 'server-only';

import { and, eq, inArray, isNull } from 'drizzle-orm';
import type Stripe from 'stripe';

import { db } from '@/db';
import { behaviourEvents, courses, enrollments, orderEvents, orders } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { publicCourseWhere } from '@/lib/data/course-cards';
import { env } from '@/lib/env';
import { AppError, isDuplicateKeyError } from '@/lib/errors';
import { newId } from '@/lib/ids';
import { isCurrency, type CurrencyCode } from '@/lib/money';

import { OPEN_STATUSES } from './order-state';
import { stripe } from './stripe';

type Method = 'card' | 'alipay' | 'wechat_pay';

/** Card always; Alipay for CNY and USD; WeChat Pay for CNY (PAY-1 allow-list). */
export function paymentMethodsFor(currency: CurrencyCode): Method[] {
  return currency === 'CNY' ? ['card', 'alipay', 'wechat_pay'] : ['card', 'alipay'];
}

const openKey = (userId: string, courseId: string) => `${userId}:${courseId}`;

/** The price comes from the database, never the request (PAY-1). */
async function loadPurchasableCourse(viewer: Viewer, courseId: string) {
  const [course] = await db
    .select({
      id: courses.id,
      slug: courses.slug,
      title: courses.title,
      creatorId: courses.creatorId,
      priceMinor: courses.priceMinor,
      currency: courses.currency,
    })
    .from(courses)
    .where(and(eq(courses.id, courseId), publicCourseWhere))
    .limit(1);
  if (!course) throw new AppError('NOT_FOUND', 'Errors.notFound');
  if (course.priceMinor === 0) throw new AppError('BAD_REQUEST', 'Checkout.errors.free');
  if (course.creatorId === viewer.id) throw new AppError('FORBIDDEN', 'Checkout.errors.ownCourse');
  if (!isCurrency(course.currency)) throw new AppError('BAD_REQUEST', 'Checkout.errors.currency');
  const [owned] = await db
    .select({ status: enrollments.status })
    .from(enrollments)
    .where(and(eq(enrollments.userId, viewer.id), eq(enrollments.courseId, course.id)))
    .limit(1);
  if (owned && owned.status !== 'revoked') throw new AppError('CONFLICT', 'Checkout.errors.owned');
  return { ...course, currency: course.currency };
}

type Course = Awaited<ReturnType<typeof loadPurchasableCourse>>;

/** One open order per (user, course): the unique open_key makes a second tab reuse the first. */
async function openOrder(viewer: Viewer, course: Course) {
  const key = openKey(viewer.id, course.id);
  const id = newId();
  // Coupons are validated and reserved here, server-side, once the studio issues them (PAY-2).
  const amountMinor = course.priceMinor;
  try {
    await db.transaction(async (tx) => {
      await tx.insert(orders).values({
        id,
        openKey: key,
        userId: viewer.id,
        courseId: course.id,
        creatorId: course.creatorId,
        listPriceMinor: course.priceMinor,
        amountMinor,
        currency: course.currency,
      });
      await tx.insert(orderEvents).values({ orderId: id, type: 'created', source: 'checkout' });
    });
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
  }
  const [order] = await db
    .select()
    .from(orders)
    .where(and(eq(orders.openKey, key), inArray(orders.status, OPEN_STATUSES)))
    .limit(1);
  if (!order) throw new AppError('CONFLICT', 'Checkout.errors.retry');
  if (order.amountMinor !== amountMinor || order.currency !== course.currency) {
    // The price changed since this order opened: the old session (if any) must not be paid.
    if (order.checkoutSessionId) await expireQuietly(order.checkoutSessionId);
    await db
      .update(orders)
      .set({
        listPriceMinor: course.priceMinor,
        amountMinor,
        currency: course.currency,
        checkoutSessionId: null,
      })
      .where(eq(orders.id, order.id));
    return { ...order, amountMinor, currency: course.currency, checkoutSessionId: null };
  }
  return order;
}

async function expireQuietly(sessionId: string) {
  await stripe.checkout.sessions.expire(sessionId).catch(() => undefined);
}

/**
 * "Buy": requires a verified email, reuses the open order and its open session, or creates a
 * Checkout Session with an idempotency key per order attempt, so a double click is one session.
 * Returns the hosted checkout URL.
 */
export async function startCheckout(viewer: Viewer, courseId: string): Promise<string> {
  if (!viewer.emailVerified) throw new AppError('FORBIDDEN', 'Checkout.errors.verifyEmail');
  const course = await loadPurchasableCourse(viewer, courseId);
  const order = await openOrder(viewer, course);

  if (order.checkoutSessionId) {
    const existing = await stripe.checkout.sessions.retrieve(order.checkoutSessionId);
    if (existing.status === 'open' && existing.url) return existing.url;
    if (existing.status === 'complete')
      throw new AppError('CONFLICT', 'Checkout.errors.processing');
  }
  const currency = course.currency;
  const methods = paymentMethodsFor(currency);
  const params: Stripe.Checkout.SessionCreateParams = {
    mode: 'payment',
    line_items: [
      {
        quantity: 1,
        price_data: {
          currency: currency.toLowerCase(),
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
    metadata: { order_id: order.id, course_id: course.id },
    payment_intent_data: { metadata: { order_id: order.id } },
    customer_email: viewer.email ?? undefined,
    success_url: `${env.APP_URL}/checkout/success?session_id={CHECKOUT_SESSION_ID}`,
    cancel_url: `${env.APP_URL}/courses/${course.slug}?checkout=cancelled`,
  };
  const session = await stripe.checkout.sessions.create(params, {
    idempotencyKey: `checkout:${order.id}:${order.checkoutSessionId ?? 'first'}`,
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
      detail: currency,
    });
  }
  return session.url;
}
