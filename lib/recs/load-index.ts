import 'server-only';

import { randomUUID } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { asc, eq } from 'drizzle-orm';
import type { Index } from 'usearch';

import { db } from '@/db';
import {
  categories,
  courses,
  mlModels,
  recIndexParts,
  recItemVectors,
  recUserVectors,
} from '@/db/schema';
import { readyNewestFirst } from '@/lib/data/ml-models';
import { logger } from '@/lib/logger';

import type { RecsIndex } from './candidates';
import { loadHnsw } from './kernel';
import { popularityRanks } from './rank';
import { fromBytes, type Layout } from './vectors';

export type { RecsIndex } from './candidates';

/** Under MariaDB's default 16 MiB packet limit. */
const PART_BYTES = 8 * 1024 * 1024;

/** Stores a model's HNSW graph with it: usearch writes a file, the bytes go to the database. */
export async function saveHnsw(modelId: number, index: Index): Promise<number> {
  const path = join(tmpdir(), `zhishi-hnsw-${randomUUID()}.usearch`);
  try {
    index.save(path);
    const bytes = await readFile(path);
    for (let part = 0; part * PART_BYTES < bytes.length; part++) {
      const slice = bytes.subarray(part * PART_BYTES, (part + 1) * PART_BYTES);
      await db.insert(recIndexParts).values({ modelId, part, bytes: Buffer.from(slice) });
    }
    return bytes.length;
  } finally {
    await rm(path, { force: true });
  }
}

async function readHnsw(modelId: number, dim: number): Promise<Index | null> {
  const parts = await db
    .select({ bytes: recIndexParts.bytes })
    .from(recIndexParts)
    .where(eq(recIndexParts.modelId, modelId))
    .orderBy(asc(recIndexParts.part));
  if (parts.length === 0) return null;
  const path = join(tmpdir(), `zhishi-hnsw-${randomUUID()}.usearch`);
  try {
    await writeFile(path, Buffer.concat(parts.map((p) => p.bytes)));
    return loadHnsw(path, dim);
  } finally {
    await rm(path, { force: true });
  }
}

/** How often a process asks whether a newer version is ready. */
const CHECK_EVERY_MS = 10_000;

type Cache = {
  index: RecsIndex | null;
  checkedAt: number;
  loading: Promise<RecsIndex | null> | null;
};
const g = globalThis as unknown as { zhishiRecs?: Cache };
const cache: Cache = (g.zhishiRecs ??= { index: null, checkedAt: 0, loading: null });

const MODEL_COLUMNS = { id: mlModels.id, version: mlModels.version, params: mlModels.params };
async function newestReady() {
  const query = db.select(MODEL_COLUMNS).from(mlModels).$dynamic();
  const [row] = await readyNewestFirst(query, 'recs').limit(1);
  return row ?? null;
}

async function load(
  model: NonNullable<Awaited<ReturnType<typeof newestReady>>>,
): Promise<RecsIndex> {
  const layout = (model.params as { layout: Layout }).layout;
  const dim = layout.dim;
  const cats = await db
    .select({
      id: categories.id,
      slug: categories.slug,
      nameEn: categories.nameEn,
      nameZh: categories.nameZh,
    })
    .from(categories)
    .orderBy(categories.position, categories.id);
  const catRow = new Map(cats.map((c, i) => [c.id, i]));
  const rows = await db
    .select({
      courseId: recItemVectors.courseId,
      popularity: recItemVectors.popularity,
      vector: recItemVectors.vector,
      categoryId: courses.categoryId,
      creatorId: courses.creatorId,
    })
    .from(recItemVectors)
    .innerJoin(courses, eq(courses.id, recItemVectors.courseId))
    .where(eq(recItemVectors.modelId, model.id))
    // The build's row order (courses by id), which the HNSW graph's keys refer to.
    .orderBy(asc(recItemVectors.courseId));
  const count = rows.length;
  const items = new Float32Array(count * dim);
  const popularity = new Int32Array(count);
  const category = new Int32Array(count);
  const creator = new Int32Array(count);
  const creatorOf = new Map<string, number>();
  const ids: string[] = [];
  rows.forEach((r, i) => {
    ids.push(r.courseId);
    fromBytes(r.vector, items, i * dim);
    popularity[i] = r.popularity;
    category[i] = catRow.get(r.categoryId) ?? -1;
    if (!creatorOf.has(r.creatorId)) creatorOf.set(r.creatorId, creatorOf.size);
    creator[i] = creatorOf.get(r.creatorId)!;
  });
  const byPopularity = Int32Array.from(ids.keys()).sort(
    (a, b) => popularity[b]! - popularity[a]! || a - b,
  );
  const userRows = await db
    .select({ userId: recUserVectors.userId, vector: recUserVectors.vector })
    .from(recUserVectors)
    .where(eq(recUserVectors.modelId, model.id));
  const users = new Float32Array(userRows.length * dim);
  const userRowOf = new Map<string, number>();
  userRows.forEach((r, i) => {
    userRowOf.set(r.userId, i);
    fromBytes(r.vector, users, i * dim);
  });
  let hnsw = await readHnsw(model.id, dim);
  if (hnsw && hnsw.size() !== count) {
    // A course row vanished since the build: graph keys no longer match rows, so scan exactly.
    logger.warn({ version: model.version, graph: hnsw.size(), count }, 'recs: HNSW graph skipped');
    hnsw = null;
  }
  return {
    modelId: model.id,
    version: model.version,
    layout,
    dim,
    count,
    ids,
    rowOf: new Map(ids.map((id, i) => [id, i])),
    items,
    hnsw,
    popularity,
    byPopularity,
    category,
    categories: cats,
    categoryBySlug: new Map(cats.map((c, i) => [c.slug, i])),
    creator,
    ranks: popularityRanks(category, byPopularity, popularity),
    creatorOf,
    userRowOf,
    users,
  };
}

async function refresh(): Promise<RecsIndex | null> {
  const newest = await newestReady();
  cache.checkedAt = Date.now();
  if (!newest) return (cache.index = null);
  if (cache.index?.modelId !== newest.id) cache.index = await load(newest);
  return cache.index;
}

/**
 * The newest ready model, loaded once per version and shared by every request of this process.
 * A due re-check runs in the background while the current version keeps serving.
 */
export async function getRecsIndex(): Promise<RecsIndex | null> {
  const due = Date.now() - cache.checkedAt > CHECK_EVERY_MS;
  if (cache.index && !due) return cache.index;
  cache.loading ??= refresh().finally(() => {
    cache.loading = null;
  });
  if (cache.index) {
    // A failed background check keeps the current version serving; the next request retries.
    cache.loading.catch(() => undefined);
    return cache.index;
  }
  return cache.loading;
}

/** Forces the next call to look for a newer version (after a build in this process, and in tests). */
export function invalidateRecsIndex(): void {
  cache.checkedAt = 0;
}

/** Switches this process to the newest ready version now and waits for it (admin rebuild, tests). */
export async function reloadRecsIndex(): Promise<RecsIndex | null> {
  if (cache.loading) await cache.loading.catch(() => undefined);
  return refresh();
}
