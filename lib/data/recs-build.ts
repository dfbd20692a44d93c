import 'server-only';

import { and, desc, eq, max, notInArray } from 'drizzle-orm';

import { db } from '@/db';
import {
  behaviourEvents,
  mlModels,
  recIndexParts,
  recItemVectors,
  recUserVectors,
} from '@/db/schema';
import { readyNewestFirst } from '@/lib/data/ml-models';
import { loadCatalogue, loadSignals } from '@/lib/data/recs-source';
import { logger } from '@/lib/logger';
import { trainCategoryKnn } from '@/lib/recs/category-knn';
import { buildHnsw, HNSW_MIN_ROWS } from '@/lib/recs/kernel';
import { saveHnsw } from '@/lib/recs/load-index';
import { courseTokens } from '@/lib/recs/features';
import { buildModel, type ModelParams } from '@/lib/recs/model';
import { HALF_LIFE_DAYS, signalWeight } from '@/lib/recs/signals';
import { toBytes } from '@/lib/recs/vectors';

const BATCH = 500;
/** Ready versions whose vectors are kept: the served one and its predecessor for readers mid-switch. */
const KEEP_READY = 2;

export type BuildRecsResult = {
  modelId: number;
  version: number;
  items: number;
  users: number;
  interactions: number;
  dim: number;
  metrics: Record<string, unknown>;
};

async function nextVersion(kind: 'recs' | 'category_knn'): Promise<number> {
  const [row] = await db
    .select({ v: max(mlModels.version) })
    .from(mlModels)
    .where(eq(mlModels.kind, kind));
  return (row?.v ?? 0) + 1;
}

async function insertBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

let inFlight: Promise<BuildRecsResult> | null = null;

/**
 * Builds a new recommendation model version from MySQL and serves it once complete. Single-flight
 * in this process; the `ready` flag is flipped last, so readers (newest `ready` only) never see a
 * half-written or failed build.
 */
export function buildRecsModel(opts: BuildOptions = {}): Promise<BuildRecsResult> {
  inFlight ??= runBuild(opts).finally(() => {
    inFlight = null;
  });
  return inFlight;
}

export function isRecsBuildRunning(): boolean {
  return inFlight !== null;
}

type BuildOptions = {
  now?: Date;
  params?: Partial<ModelParams>;
  /** Catalogue size from which an HNSW graph is built (tests lower it). */
  hnswMinRows?: number;
};

type Catalogue = Awaited<ReturnType<typeof loadCatalogue>>;

async function runBuild(opts: BuildOptions): Promise<BuildRecsResult> {
  const now = opts.now ?? new Date();
  const started = performance.now();
  // Events after this id count towards the next automatic rebuild (lib/data/recs.ts).
  const [mark] = await db.select({ id: max(behaviourEvents.id) }).from(behaviourEvents);
  const version = await nextVersion('recs');
  const [created] = await db
    .insert(mlModels)
    .values({ kind: 'recs', version, status: 'building', params: {} })
    .$returningId();
  const modelId = created!.id;
  try {
    const cat = await loadCatalogue();
    const signals = await loadSignals(now);
    const loaded = performance.now();
    const itemIndex = new Map(cat.courseIds.map((id, i) => [id, i]));
    const userIds: string[] = [];
    const userIndex = new Map<string, number>();
    const rows: { user: number; item: number; weight: number }[] = [];
    for (const s of signals) {
      const item = itemIndex.get(s.courseId);
      if (item === undefined) continue;
      let user = userIndex.get(s.userId);
      if (user === undefined) {
        user = userIds.push(s.userId) - 1;
        userIndex.set(s.userId, user);
      }
      rows.push({ user, item, weight: signalWeight(s.kind, s.at, now, s.value) });
    }
    const model = buildModel({
      courses: cat.features,
      categoryCount: cat.categoryIds.length,
      userCount: userIds.length,
      signals: rows,
      params: opts.params,
    });
    const trained = performance.now();
    const dim = model.layout.dim;
    const slice = (m: Float32Array, i: number) => toBytes(m.subarray(i * dim, (i + 1) * dim));
    await insertBatches(
      cat.courseIds.map((courseId, j) => ({
        modelId,
        courseId,
        popularity: model.popularity[j]!,
        vector: slice(model.itemVectors, j),
      })),
      (batch) => db.insert(recItemVectors).values(batch),
    );
    const withVector = userIds.flatMap((userId, u) =>
      model.hasUserVector[u] ? [{ userId, u }] : [],
    );
    for (let i = 0; i < withVector.length; i += BATCH) {
      const batch = withVector
        .slice(i, i + BATCH)
        .map(({ userId, u }) => ({ modelId, userId, vector: slice(model.userVectors, u) }));
      await db.insert(recUserVectors).values(batch);
    }
    const written = performance.now();
    // Large catalogues are searched through an HNSW graph, built here once per version.
    const hnswBytes =
      cat.courseIds.length >= (opts.hnswMinRows ?? HNSW_MIN_ROWS)
        ? await saveHnsw(modelId, buildHnsw(model.itemVectors, dim))
        : null;
    const graphed = performance.now();
    const knn = await buildCategoryKnn(cat);
    const metrics = {
      loadMs: Math.round(loaded - started),
      trainMs: Math.round(trained - loaded),
      writeMs: Math.round(written - trained),
      hnswMs: hnswBytes === null ? null : Math.round(graphed - written),
      hnswBytes,
      buildMs: Math.round(performance.now() - started),
      rssMb: Math.round(process.memoryUsage().rss / 1e6),
      signals: rows.length,
      interactions: model.interactions,
      categoryKnnAccuracy: knn?.accuracy ?? null,
      categoryKnnVersion: knn?.version ?? null,
    };
    const params = {
      ...model.params,
      layout: model.layout,
      halfLifeDays: HALF_LIFE_DAYS,
      eventWatermark: mark?.id ?? 0,
    };
    await db
      .update(mlModels)
      .set({
        status: 'ready',
        params,
        metrics,
        dim,
        itemCount: cat.courseIds.length,
        userCount: withVector.length,
        completedAt: new Date(),
      })
      .where(eq(mlModels.id, modelId));
    await pruneOldVectors();
    logger.info({ version, ...metrics }, 'recs: model ready');
    return {
      modelId,
      version,
      items: cat.courseIds.length,
      users: withVector.length,
      interactions: model.interactions,
      dim,
      metrics,
    };
  } catch (err) {
    logger.error({ err, version }, 'recs: build failed');
    await db
      .update(mlModels)
      .set({ status: 'failed', error: String(err).slice(0, 1000), completedAt: new Date() })
      .where(eq(mlModels.id, modelId));
    await db.delete(recItemVectors).where(eq(recItemVectors.modelId, modelId));
    await db.delete(recUserVectors).where(eq(recUserVectors.modelId, modelId));
    await db.delete(recIndexParts).where(eq(recIndexParts.modelId, modelId));
    throw err;
  }
}

/** The studio's category suggester, trained on the same catalogue (its own model kind and versions). */
async function buildCategoryKnn(
  cat: Catalogue,
): Promise<{ version: number; accuracy: number | null } | null> {
  const labelled = cat.features.flatMap((f) => (f.categoryIndex >= 0 ? [f] : []));
  if (labelled.length < 2) return null;
  const trained = trainCategoryKnn(
    labelled.map(courseTokens),
    labelled.map((f) => f.categoryIndex),
  );
  const version = await nextVersion('category_knn');
  await db.insert(mlModels).values({
    kind: 'category_knn',
    version,
    status: 'ready',
    params: { k: trained.payload.k, buckets: trained.payload.buckets },
    metrics: {
      heldOutAccuracy: trained.accuracy,
      points: trained.points,
      categories: cat.categoryIds.length,
    },
    payload: { ...trained.payload, categoryIds: cat.categoryIds },
    itemCount: trained.points,
    completedAt: new Date(),
  });
  return { version, accuracy: trained.accuracy };
}

async function pruneOldVectors() {
  const ready = await readyNewestFirst(
    db.select({ id: mlModels.id }).from(mlModels).$dynamic(),
    'recs',
  ).limit(KEEP_READY);
  const keep = ready.map((r) => r.id);
  if (keep.length === 0) return;
  await db.delete(recItemVectors).where(notInArray(recItemVectors.modelId, keep));
  await db.delete(recUserVectors).where(notInArray(recUserVectors.modelId, keep));
  await db.delete(recIndexParts).where(notInArray(recIndexParts.modelId, keep));
  // Older suggesters are tiny but unbounded in number: keep the newest few.
  const knn = await db
    .select({ id: mlModels.id })
    .from(mlModels)
    .where(eq(mlModels.kind, 'category_knn'))
    .orderBy(desc(mlModels.version))
    .limit(KEEP_READY);
  await db
    .update(mlModels)
    .set({ payload: null })
    .where(
      and(
        eq(mlModels.kind, 'category_knn'),
        notInArray(
          mlModels.id,
          knn.map((k) => k.id),
        ),
      ),
    );
}
