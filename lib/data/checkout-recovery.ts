import 'server-only';

import { and, desc, eq, gte, inArray } from 'drizzle-orm';

import { db } from '@/db';
import {
  checkoutContexts,
  checkoutMailOptOuts,
  checkoutRecoveryMails,
  courses,
  orders,
  users,
} from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { writeAudit } from '@/lib/data/audit';
import { assertAdmin, hourOf, loadServedConversionModel } from '@/lib/data/conversion-model';
import { env } from '@/lib/env';
import { AppError, isDuplicateKeyError } from '@/lib/errors';
import { renderCheckoutRecoveryMail } from '@/lib/mail/checkout-recovery';
import { appLink, deliverMail } from '@/lib/mail/send';
import { predictSegment } from '@/lib/models/conversion/train';
import {
  unsubscribeToken,
  verifyUnsubscribeToken,
} from '@/lib/models/conversion/unsubscribe-token';
import { isCurrency } from '@/lib/money';
import { paymentMethodsFor } from '@/lib/payments/checkout';
import { OPEN_STATUSES } from '@/lib/payments/order-state';

/** Open checkouts older than this are not offered for recovery. */
export const AT_RISK_DAYS = 7;
export const AT_RISK_LIMIT = 20;
const AT_RISK_SCAN = 500;

export type RecoveryState = 'available' | 'sent' | 'opted_out' | 'no_email';

export type AtRiskCheckoutDto = {
  orderId: string;
  buyerName: string;
  courseTitle: string;
  amountMinor: number;
  currency: string;
  startedAt: Date;
  /** Predicted probability that this checkout is paid, 0–1. */
  predicted: number;
  recovery: RecoveryState;
};

/**
 * Admin only: open checkouts of the last AT_RISK_DAYS days whose predicted success is below the
 * model's base rate, least likely first. `model: false` when no model is served.
 */
export async function listLikelyAbandonedForAdmin(
  viewer: Viewer,
  now: Date = new Date(),
): Promise<{ model: boolean; baseRate: number | null; rows: AtRiskCheckoutDto[] }> {
  assertAdmin(viewer);
  const served = await loadServedConversionModel();
  if (!served) return { model: false, baseRate: null, rows: [] };
  const since = new Date(now.getTime() - AT_RISK_DAYS * 86_400_000);
  const rows = await db
    .select({
      orderId: orders.id,
      createdAt: orders.createdAt,
      amountMinor: orders.amountMinor,
      currency: orders.currency,
      method: orders.paymentMethod,
      couponId: orders.couponId,
      buyerName: users.name,
      email: users.email,
      userLocale: users.locale,
      courseTitle: courses.title,
      device: checkoutContexts.device,
      locale: checkoutContexts.locale,
      firstPurchase: checkoutContexts.firstPurchase,
      mailed: checkoutRecoveryMails.orderId,
      optedOut: checkoutMailOptOuts.userId,
    })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.userId))
    .innerJoin(courses, eq(courses.id, orders.courseId))
    .leftJoin(checkoutContexts, eq(checkoutContexts.orderId, orders.id))
    .leftJoin(checkoutRecoveryMails, eq(checkoutRecoveryMails.orderId, orders.id))
    .leftJoin(checkoutMailOptOuts, eq(checkoutMailOptOuts.userId, orders.userId))
    .where(and(inArray(orders.status, [...OPEN_STATUSES]), gte(orders.createdAt, since)))
    .orderBy(desc(orders.createdAt))
    .limit(AT_RISK_SCAN);
  const { model } = served;
  const scored = rows.map((r) => {
    const methods = r.method
      ? [r.method]
      : isCurrency(r.currency)
        ? paymentMethodsFor(r.currency)
        : [];
    const predicted = predictSegment(
      model,
      {
        amountMinor: r.amountMinor,
        currency: r.currency,
        device: r.device ?? 'unknown',
        locale: r.locale ?? r.userLocale,
        firstPurchase: r.firstPurchase ?? false,
        coupon: r.couponId !== null,
        hour: hourOf(r.createdAt),
      },
      methods,
    );
    const recovery: RecoveryState = r.mailed
      ? 'sent'
      : r.optedOut
        ? 'opted_out'
        : r.email
          ? 'available'
          : 'no_email';
    return {
      orderId: r.orderId,
      buyerName: r.buyerName ?? '',
      courseTitle: r.courseTitle,
      amountMinor: r.amountMinor,
      currency: r.currency,
      startedAt: r.createdAt,
      predicted,
      recovery,
    };
  });
  return {
    model: true,
    baseRate: model.baseRate,
    rows: scored
      .filter((r) => r.predicted < model.baseRate)
      .sort((a, b) => a.predicted - b.predicted)
      .slice(0, AT_RISK_LIMIT),
  };
}

export function unsubscribeUrlFor(userId: string): string {
  return appLink('/unsubscribe/checkout', {
    u: userId,
    t: unsubscribeToken(env.AUTH_SECRET, userId),
  });
}

/**
 * Admin only: one recovery mail for an open checkout, with a link back to the course and a signed
 * unsubscribe link. The mail row's primary key allows one per order; buyers who unsubscribed get
 * none. The mail record and its audit row are written in one transaction; the mail goes to the
 * outbox once they are committed.
 */
export async function sendCheckoutRecoveryMail(
  viewer: Viewer,
  orderId: string,
  actorIp: string,
): Promise<{ mailId: number }> {
  assertAdmin(viewer);
  const target = await db.transaction(async (tx) => {
    const [order] = await tx
      .select({
        id: orders.id,
        status: orders.status,
        userId: orders.userId,
        email: users.email,
        name: users.name,
        locale: users.locale,
        courseTitle: courses.title,
        courseSlug: courses.slug,
      })
      .from(orders)
      .innerJoin(users, eq(users.id, orders.userId))
      .innerJoin(courses, eq(courses.id, orders.courseId))
      .where(eq(orders.id, orderId))
      .limit(1)
      .for('update');
    if (!order) throw new AppError('NOT_FOUND', 'Errors.notFound');
    if (!OPEN_STATUSES.includes(order.status))
      throw new AppError('CONFLICT', 'ConversionModel.errors.notOpen');
    if (!order.email) throw new AppError('BAD_REQUEST', 'ConversionModel.errors.noEmail');
    const [optedOut] = await tx
      .select({ userId: checkoutMailOptOuts.userId })
      .from(checkoutMailOptOuts)
      .where(eq(checkoutMailOptOuts.userId, order.userId))
      .limit(1);
    if (optedOut) throw new AppError('CONFLICT', 'ConversionModel.errors.optedOut');
    try {
      await tx
        .insert(checkoutRecoveryMails)
        .values({ orderId: order.id, userId: order.userId, sentBy: viewer.id });
    } catch (err) {
      if (isDuplicateKeyError(err))
        throw new AppError('CONFLICT', 'ConversionModel.errors.alreadySent');
      throw err;
    }
    await writeAudit(tx, viewer, actorIp, {
      action: 'checkout.recovery_mail',
      targetType: 'order',
      targetId: order.id,
      before: null,
      after: { recoveryMail: true },
      reason: null,
    });
    return { ...order, email: order.email };
  });
  const mail = renderCheckoutRecoveryMail(target.locale, {
    name: target.name ?? '',
    course: target.courseTitle,
    courseUrl: appLink(`/courses/${target.courseSlug}`),
    unsubscribeUrl: unsubscribeUrlFor(target.userId),
  });
  const mailId = await deliverMail(target.email, 'checkoutRecovery', mail);
  await db
    .update(checkoutRecoveryMails)
    .set({ mailId })
    .where(eq(checkoutRecoveryMails.orderId, target.id));
  return { mailId };
}

/**
 * Public, by signed link: records that this user wants no more checkout reminders. The token is
 * the proof (HMAC of the user id), so no session is needed; repeating it is harmless.
 */
export async function unsubscribeFromCheckoutMails(userId: string, token: string): Promise<void> {
  if (!verifyUnsubscribeToken(env.AUTH_SECRET, userId, token))
    throw new AppError('BAD_REQUEST', 'ConversionModel.errors.invalidLink');
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.id, userId)).limit(1);
  if (!user) throw new AppError('BAD_REQUEST', 'ConversionModel.errors.invalidLink');
  await db.insert(checkoutMailOptOuts).values({ userId }).onDuplicateKeyUpdate({ set: { userId } });
}

/** Whether an unsubscribe link is genuine (the page shows its button only then). */
export function isGenuineUnsubscribeLink(userId: string, token: string): boolean {
  return verifyUnsubscribeToken(env.AUTH_SECRET, userId, token);
}
