import 'server-only';

import { and, desc, eq, inArray, isNotNull, max, ne } from 'drizzle-orm';
import { z } from 'zod';

import { db } from '@/db';
import {
  checkoutContexts,
  mlModels,
  orders,
  users,
  type CheckoutDevice,
  type OrderStatus,
} from '@/db/schema';
import { canModerate } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { readyNewestFirst } from '@/lib/data/ml-models';
import { AppError } from '@/lib/errors';
import { logger } from '@/lib/logger';
import { FEATURE_NAMES, type CheckoutSegment } from '@/lib/models/conversion/features';
import {
  rankMethods,
  trainConversion,
  type ConversionMetrics,
  type ConversionWeights,
  type LabelledCheckout,
} from '@/lib/models/conversion/train';

/** Paid at some point (a later refund or dispute does not undo the completed checkout). */
const COMPLETED: OrderStatus[] = ['paid', 'refunded', 'partially_refunded', 'disputed'];
const NOT_COMPLETED: OrderStatus[] = ['failed', 'expired'];

/** ACCESS-4: every admin entry point of the model checks here, not only the admin layout. */
export function assertAdmin(viewer: Viewer): void {
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

export const hourOf = (d: Date) => d.getUTCHours();

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
