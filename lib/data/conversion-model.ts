import 'server-only';

import { and, desc, eq, gte, inArray, isNotNull, max, ne } from 'drizzle-orm';
import { z } from 'zod';

import { db } from '@/db';
import {
  auditLog,
  checkoutContexts,
  checkoutMailOptOuts,
  checkoutRecoveryMails,
  courses,
  mlModels,
  orders,
  users,
  type CheckoutDevice,
  type OrderStatus,
} from '@/db/schema';
import { canModerate } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { readyNewestFirst } from '@/lib/data/ml-models';
import { env } from '@/lib/env';
import { AppError, isDuplicateKeyError } from '@/lib/errors';
import { logger } from '@/lib/logger';
import { renderCheckoutRecoveryMail } from '@/lib/mail/checkout-recovery';
import { appLink, deliverMail } from '@/lib/mail/send';
import { FEATURE_NAMES, type CheckoutSegment } from '@/lib/models/conversion/features';
import {
  predictSegment,
  rankMethods,
  trainConversion,
  type ConversionMetrics,
  type ConversionWeights,
  type LabelledCheckout,
} from '@/lib/models/conversion/train';
import {
  unsubscribeToken,
  verifyUnsubscribeToken,
} from '@/lib/models/conversion/unsubscribe-token';
import { paymentMethodsFor } from '@/lib/payments/checkout';
import { OPEN_STATUSES } from '@/lib/payments/order-state';
import { isCurrency } from '@/lib/money';

/** Paid at some point (a later refund or dispute does not undo the completed checkout). */
const COMPLETED: OrderStatus[] = ['paid', 'refunded', 'partially_refunded', 'disputed'];
const NOT_COMPLETED: OrderStatus[] = ['failed', 'expired'];
/** Open checkouts older than this are not offered for recovery. */
export const AT_RISK_DAYS = 7;
export const AT_RISK_LIMIT = 20;
const AT_RISK_SCAN = 500;

function assertAdmin(viewer: Viewer): void {
  if (!canModerate(viewer)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
}

const weightsSchema = z.object({
  features: z.array(z.string()),
  weights: z.array(z.number()),
  baseRate: z.number().min(0).max(1),
});

/** A stored W' is used only when it was trained on exactly today's feature layout. */
function parseWeights(payload: unknown): ConversionWeights | null {
  const parsed = weightsSchema.safeParse(payload);
  if (!parsed.success) return null;
  const { features, weights } = parsed.data;
  const same =
    features.length === FEATURE_NAMES.length &&
    features.every((f, i) => f === FEATURE_NAMES[i]) &&
    weights.length === features.length;
  return same ? parsed.data : null;
}

/** The served payment-success model: the newest `ready` version (lib/data/ml-models.ts). */
export async function loadServedConversionModel(): Promise<{
  version: number;
  model: ConversionWeights;
} | null> {
  const [row] = await readyNewestFirst(
    db.select({ version: mlModels.version, payload: mlModels.payload }).from(mlModels).$dynamic(),
    'conversion',
  ).limit(1);
  if (!row) return null;
  const model = parseWeights(row.payload);
  return model ? { version: row.version, model } : null;
}

const hourOf = (d: Date) => d.getUTCHours();

/** Every settled checkout, labelled: completed (paid) or not (failed, expired). */
export async function loadCheckoutExamples(): Promise<LabelledCheckout[]> {
  const rows = await db
    .select({
      createdAt: orders.createdAt,
      status: orders.status,
      amountMinor: orders.amountMinor,
      currency: orders.currency,
      method: orders.paymentMethod,
      couponId: orders.couponId,
      device: checkoutContexts.device,
      locale: checkoutContexts.locale,
      firstPurchase: checkoutContexts.firstPurchase,
      userLocale: users.locale,
    })
    .from(orders)
    .innerJoin(users, eq(users.id, orders.userId))
    .leftJoin(checkoutContexts, eq(checkoutContexts.orderId, orders.id))
    .where(inArray(orders.status, [...COMPLETED, ...NOT_COMPLETED]));
  return rows.map((r) => ({
    startedAt: r.createdAt,
    completed: COMPLETED.includes(r.status),
    amountMinor: r.amountMinor,
    currency: r.currency,
    method: r.method,
    coupon: r.couponId !== null,
    device: r.device ?? 'unknown',
    locale: r.locale ?? r.userLocale,
    firstPurchase: r.firstPurchase ?? false,
    hour: hourOf(r.createdAt),
  }));
}

export type TrainConversionResult = { version: number; metrics: ConversionMetrics };

type TrainOptions = {
  /** The fitting step; tests swap in one that throws to check that a failure is contained. */
  trainer?: typeof trainConversion;
};

let inFlight: Promise<TrainConversionResult> | null = null;

/**
 * Trains a new payment-success version: a `building` row, then `ready` with metrics and W' in the
 * payload, or `failed` with the error. Readers only look at `ready` rows, so a failure never replaces
 * the served version. Single-flight in this process.
 */
export function trainConversionModel(opts: TrainOptions = {}): Promise<TrainConversionResult> {
  inFlight ??= runTraining(opts).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

async function runTraining(opts: TrainOptions): Promise<TrainConversionResult> {
  const [last] = await db
    .select({ v: max(mlModels.version) })
    .from(mlModels)
    .where(eq(mlModels.kind, 'conversion'));
  const version = (last?.v ?? 0) + 1;
  const params = { l2: 1, testShare: 0.2, split: 'time' };
  const [created] = await db
    .insert(mlModels)
    .values({ kind: 'conversion', version, status: 'building', params })
    .$returningId();
  const id = created!.id;
  try {
    const examples = await loadCheckoutExamples();
    const { model, metrics } = (opts.trainer ?? trainConversion)(examples, { l2: params.l2 });
    await db
      .update(mlModels)
      .set({
        status: 'ready',
        metrics,
        payload: model,
        dim: model.weights.length,
        itemCount: metrics.examples,
        completedAt: new Date(),
      })
      .where(eq(mlModels.id, id));
    logger.info({ version, ...metrics }, 'conversion model trained');
    return { version, metrics };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    await db
      .update(mlModels)
      .set({ status: 'failed', error: message.slice(0, 1000), completedAt: new Date() })
      .where(eq(mlModels.id, id));
    logger.error({ err, version }, 'conversion model training failed');
    throw err;
  }
}

/** Admin button on /admin/models. */
export async function trainConversionModelForAdmin(viewer: Viewer): Promise<TrainConversionResult> {
  assertAdmin(viewer);
  if (inFlight) throw new AppError('CONFLICT', 'ConversionModel.errors.training');
  return trainConversionModel();
}

/**
 * The checkout's payment methods, most likely to succeed for this buyer's segment first; the given
 * order when no model is served.
 */
export async function orderPaymentMethods<M extends string>(
  methods: readonly M[],
  segment: CheckoutSegment & { hour: number },
): Promise<M[]> {
  const served = await loadServedConversionModel();
  return served ? rankMethods(served.model, segment, methods) : [...methods];
}

/** Whether the buyer had a paid order before this one (the `first purchase` feature). */
export async function hasEarlierPurchase(userId: string, orderId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.userId, userId), ne(orders.id, orderId), isNotNull(orders.paidAt)))
    .limit(1);
  return row !== undefined;
}

/** Records the context of a started checkout once per order (the first start wins). */
export async function recordCheckoutContext(input: {
  orderId: string;
  device: CheckoutDevice;
  locale: string;
  firstPurchase: boolean;
}): Promise<void> {
  await db
    .insert(checkoutContexts)
    .values({ ...input, locale: input.locale.slice(0, 8) })
    .onDuplicateKeyUpdate({ set: { orderId: input.orderId } });
}

export type ConversionModelDto = {
  served: { version: number; completedAt: Date | null; metrics: Partial<ConversionMetrics> } | null;
  /** The newest version when it failed after the served one (or with none served). */
  lastFailed: { version: number } | null;
};

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Admin only: the served version's metrics and whether a newer training failed; never W'. */
export async function getConversionModelForAdmin(viewer: Viewer): Promise<ConversionModelDto> {
  assertAdmin(viewer);
  const [[served], [newest]] = await Promise.all([
    readyNewestFirst(
      db
        .select({
          version: mlModels.version,
          completedAt: mlModels.completedAt,
          metrics: mlModels.metrics,
        })
        .from(mlModels)
        .$dynamic(),
      'conversion',
    ).limit(1),
    db
      .select({ version: mlModels.version, status: mlModels.status })
      .from(mlModels)
      .where(eq(mlModels.kind, 'conversion'))
      .orderBy(desc(mlModels.version))
      .limit(1),
  ]);
  const m = served?.metrics ?? {};
  return {
    served: served
      ? {
          version: served.version,
          completedAt: served.completedAt,
          metrics: {
            auc: num(m.auc),
            baselineAuc: num(m.baselineAuc),
            logLoss: num(m.logLoss),
            baselineLogLoss: num(m.baselineLogLoss),
            examples: num(m.examples),
            trainMs: num(m.trainMs),
          },
        }
      : null,
    lastFailed:
      newest && newest.status === 'failed' && newest.version > (served?.version ?? 0)
        ? { version: newest.version }
        : null,
  };
}

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
    await tx.insert(auditLog).values({
      actorUserId: viewer.id,
      actorIp: actorIp.slice(0, 45),
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
