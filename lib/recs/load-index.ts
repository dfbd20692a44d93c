import 'server-only';

import { and, desc, eq } from 'drizzle-orm';

import { db } from '@/db';
import { categories, courses, mlModels, recItemVectors, recUserVectors } from '@/db/schema';

import { popularityRanks, type PopularityRanks } from './rank';
import { fromBytes, type Layout } from './vectors';

/** One model version in memory: contiguous matrices plus the id ↔ row maps serving needs. */
export type RecsIndex = {
  modelId: number;
  version: number;
  layout: Layout;
  dim: number;
  count: number;
  ids: string[];
  rowOf: Map<string, number>;
  items: Float32Array;
  popularity: Int32Array;
  /** Rows by popularity, most popular first: the cold-start lists. */
  byPopularity: Int32Array;
  category: Int32Array;
  categories: { id: string; slug: string; nameEn: string; nameZh: string }[];
  categoryBySlug: Map<string, number>;
  creator: Int32Array;
  ranks: PopularityRanks;
  creatorOf: Map<string, number>;
  userRowOf: Map<string, number>;
  users: Float32Array;
};

/** How often a process asks whether a newer version is ready. */
const CHECK_EVERY_MS = 10_000;

type Cache = {
  index: RecsIndex | null;
  checkedAt: number;
  loading: Promise<RecsIndex | null> | null;
};
const g = globalThis as unknown as { zhishiRecs?: Cache };
const cache: Cache = (g.zhishiRecs ??= { index: null, checkedAt: 0, loading: null });

async function newestReady() {
  const [row] = await db
    .select({
      id: mlModels.id,
      version: mlModels.version,
      params: mlModels.params,
      dim: mlModels.dim,
    })
    .from(mlModels)
    .where(and(eq(mlModels.kind, 'recs'), eq(mlModels.status, 'ready')))
    .orderBy(desc(mlModels.version))
    .limit(1);
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
    .where(eq(recItemVectors.modelId, model.id));
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
  return {
    modelId: model.id,
    version: model.version,
    layout,
    dim,
    count,
    ids,
    rowOf: new Map(ids.map((id, i) => [id, i])),
    items,
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
