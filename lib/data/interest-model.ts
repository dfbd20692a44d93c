import 'server-only';

import { and, desc, eq, gte, inArray, isNotNull, max, notInArray } from 'drizzle-orm';

import { db } from '@/db';
import { behaviourEvents, categories, courses, mlModels, users } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { readyNewestFirst } from '@/lib/data/ml-models';
import { logger } from '@/lib/logger';
import {
  DEFAULT_INTEREST_PARAMS,
  extractFeatures,
  INTEREST_KINDS,
  predictAffinity,
  trainInterest,
  type InterestEvent,
  type InterestKind,
  type InterestParams,
  type InterestPayload,
} from '@/lib/models/interest/train';

const DAY_MS = 86_400_000;

export type InterestTrainResult = {
  modelId: number;
  version: number;
  metrics: {
    rmse: number;
    baselineRmse: number;
    users: number;
    categories: number;
    trainMs: number;
  };
};

type TrainOptions = {
  now?: Date;
  params?: Partial<InterestParams>;
  /** Runs between loading and fitting; tests inject a failure here. */
  beforeFit?: () => void;
};

/** Behaviour of active signed-in users on categorised courses since `since`, for users in `only`. */
async function loadInterestEvents(
  categoryIds: string[],
  since: Date,
  only?: string,
): Promise<InterestEvent[]> {
  const catIndex = new Map(categoryIds.map((id, i) => [id, i]));
  const rows = await db
    .select({
      userId: behaviourEvents.userId,
      categoryId: courses.categoryId,
      type: behaviourEvents.type,
      value: behaviourEvents.value,
      at: behaviourEvents.createdAt,
    })
    .from(behaviourEvents)
    .innerJoin(courses, eq(courses.id, behaviourEvents.courseId))
    .innerJoin(users, eq(users.id, behaviourEvents.userId))
    .where(
      and(
        isNotNull(behaviourEvents.userId),
        only ? eq(behaviourEvents.userId, only) : undefined,
        inArray(behaviourEvents.type, [...INTEREST_KINDS]),
        gte(behaviourEvents.createdAt, since),
        eq(users.status, 'active'),
      ),
    );
  return rows.flatMap((r) => {
    const categoryIndex = catIndex.get(r.categoryId);
    if (categoryIndex === undefined || !r.userId) return [];
    return [
      {
        userId: r.userId,
        categoryIndex,
        kind: r.type as InterestKind,
        at: new Date(r.at),
        value: r.value,
      },
    ];
  });
}

async function categoryIdsInOrder(): Promise<string[]> {
  const rows = await db
    .select({ id: categories.id })
    .from(categories)
    .orderBy(categories.position, categories.id);
  return rows.map((r) => r.id);
}

let inFlight: Promise<InterestTrainResult> | null = null;

export function isInterestTrainingRunning(): boolean {
  return inFlight !== null;
}

/**
 * Trains a new interest model version (Y = X·W) and serves it once complete. The hold-out is the
 * last period before `now`; a failed training leaves a `failed` row and the served version as it was.
 * Single-flight in this process.
 */
export function trainInterestModel(opts: TrainOptions = {}): Promise<InterestTrainResult> {
  inFlight ??= runTraining(opts).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

async function runTraining(opts: TrainOptions): Promise<InterestTrainResult> {
  const now = opts.now ?? new Date();
  const p = { ...DEFAULT_INTEREST_PARAMS, ...opts.params };
  const [row] = await db
    .select({ v: max(mlModels.version) })
    .from(mlModels)
    .where(eq(mlModels.kind, 'interest'));
  const version = (row?.v ?? 0) + 1;
  const [created] = await db
    .insert(mlModels)
    .values({ kind: 'interest', version, status: 'building', params: p })
    .$returningId();
  const modelId = created!.id;
  try {
    const categoryIds = await categoryIdsInOrder();
    const split = new Date(now.getTime() - p.periodDays * DAY_MS);
    const since = new Date(
      split.getTime() - (p.trainPeriods * p.periodDays + p.windowDays) * DAY_MS,
    );
    const events = await loadInterestEvents(categoryIds, since);
    opts.beforeFit?.();
    const started = performance.now();
    const trained = trainInterest(events, categoryIds.length, split, p);
    const trainMs = Math.round(performance.now() - started);
    const metrics = {
      rmse: trained.metrics.rmse,
      baselineRmse: trained.metrics.baselineRmse,
      users: trained.metrics.users,
      categories: categoryIds.length,
      trainMs,
      trainRows: trained.metrics.trainRows,
      events: events.length,
    };
    await db
      .update(mlModels)
      .set({
        status: 'ready',
        params: { ...p, split: split.toISOString() },
        metrics,
        payload: { ...trained.payload, categoryIds },
        dim: trained.payload.w.length,
        itemCount: categoryIds.length,
        userCount: trained.metrics.users,
        completedAt: new Date(),
      })
      .where(eq(mlModels.id, modelId));
    await pruneOldPayloads();
    logger.info({ version, ...metrics }, 'interest: model ready');
    return { modelId, version, metrics };
  } catch (err) {
    logger.error({ err, version }, 'interest: training failed');
    await db
      .update(mlModels)
      .set({ status: 'failed', error: String(err).slice(0, 1000), completedAt: new Date() })
      .where(eq(mlModels.id, modelId));
    throw err;
  }
}

/** Older versions keep their metrics for the admin history but drop their weights. */
async function pruneOldPayloads() {
  const keep = await db
    .select({ id: mlModels.id })
    .from(mlModels)
    .where(eq(mlModels.kind, 'interest'))
    .orderBy(desc(mlModels.version))
    .limit(2);
  await db
    .update(mlModels)
    .set({ payload: null })
    .where(
      and(
        eq(mlModels.kind, 'interest'),
        notInArray(
          mlModels.id,
          keep.map((k) => k.id),
        ),
      ),
    );
}

type StoredPayload = InterestPayload & { categoryIds: string[] };
type Served = { version: number; params: InterestParams; payload: StoredPayload };

function isPayload(p: unknown): p is StoredPayload {
  const o = p as Partial<StoredPayload> | null;
  return !!o && Array.isArray(o.w) && Array.isArray(o.categoryIds) && !!o.scaling;
}

/** The served interest model (newest ready version), or null when none was trained. */
export async function loadServedInterestModel(): Promise<Served | null> {
  const [row] = await readyNewestFirst(
    db
      .select({ version: mlModels.version, params: mlModels.params, payload: mlModels.payload })
      .from(mlModels)
      .$dynamic(),
    'interest',
  ).limit(1);
  if (!row || !isPayload(row.payload)) return null;
  return {
    version: row.version,
    params: { ...DEFAULT_INTEREST_PARAMS, ...(row.params as Partial<InterestParams>) },
    payload: row.payload,
  };
}

/**
 * The viewer's predicted affinity per category id, highest first; null for visitors, when no model
 * is served, or when the viewer has no recent behaviour to predict from.
 */
export async function predictViewerInterests(
  viewer: Viewer | null,
  now = new Date(),
): Promise<{ categoryId: string; score: number }[] | null> {
  if (!viewer) return null;
  try {
    const model = await loadServedInterestModel();
    if (!model) return null;
    const { categoryIds } = model.payload;
    const since = new Date(now.getTime() - model.params.windowDays * DAY_MS);
    const events = await loadInterestEvents(categoryIds, since, viewer.id);
    const features = extractFeatures(
      events,
      categoryIds.length,
      since,
      now,
      model.params.halfLifeDays,
    ).get(viewer.id);
    if (!features) return null;
    const scores = predictAffinity(model.payload, features);
    return categoryIds
      .map((categoryId, i) => ({ categoryId, score: scores[i]! }))
      .sort((a, b) => b.score - a.score);
  } catch (err) {
    logger.error({ err }, 'interest: prediction failed');
    return null;
  }
}
