/**
 * From a loaded model to ranked candidate rows with their reasons: the scoring half of a request
 * (lib/data/recs.ts does the live checks and DTOs). Pure: typed arrays in, rows out.
 */
import type { Index } from 'usearch';

import { closestAmong, topK } from './kernel';
import { personalReason, popularityReason, type PopularityRanks, type RawReason } from './rank';
import { itemQuery, normalizeInPlace, type Layout } from './vectors';

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
  /** HNSW graph over `items` for large catalogues (built with the model), else null: exact scan. */
  hnsw: Index | null;
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

export type Candidate = { row: number; score: number; reason: RawReason };

/** What a request may not show, known before scoring; visibility is checked live afterwards. */
export type Exclusions = {
  /** Rows the viewer owns (active enrolments, read live) and, for `similar`, the anchor. */
  rows: Set<number>;
  /** The viewer's own courses as a creator. */
  creator: number | undefined;
  /** Only this category row, when the request asks for one. */
  category: number | null;
  /** Rows already returned by an earlier round of the same request. */
  seen?: Set<number>;
};

function allowed(index: RecsIndex, ex: Exclusions, row: number): boolean {
  if (ex.rows.has(row) || ex.seen?.has(row)) return false;
  if (ex.creator !== undefined && index.creator[row] === ex.creator) return false;
  return ex.category === null || index.category[row] === ex.category;
}

function nearest(index: RecsIndex, query: Float32Array, n: number, ex: Exclusions) {
  const set = { matrix: index.items, dim: index.dim, count: index.count, hnsw: index.hnsw };
  const excluded = ex.rows.size + (ex.seen?.size ?? 0);
  return topK(set, query, n, { excluded, keep: (row) => allowed(index, ex, row) });
}

/** The most popular allowed rows, within `categories` when given. */
export function popularRows(
  index: RecsIndex,
  n: number,
  ex: Exclusions,
  categories: Set<number> | null,
): Candidate[] {
  const out: Candidate[] = [];
  const top = index.popularity[index.byPopularity[0] ?? 0] || 1;
  for (const row of index.byPopularity) {
    if (out.length >= n) break;
    if (!allowed(index, ex, row) || (categories && !categories.has(index.category[row]!))) continue;
    const reason = popularityReason(row, index.category, index.ranks);
    out.push({ row, score: index.popularity[row]! / top, reason });
  }
  return out;
}

/** The mean of the taken courses' queries: a taste for a viewer the model has not seen yet. */
function foldIn(index: RecsIndex, rows: number[]): Float32Array {
  const q = new Float32Array(index.dim);
  for (const r of rows) {
    const v = itemQuery(index.layout, index.items.subarray(r * index.dim, (r + 1) * index.dim));
    for (let d = 0; d < index.dim; d++) q[d]! += v[d]!;
  }
  return normalizeInPlace(q) as Float32Array;
}

/** Courses like the anchor row, the anchor itself excluded by the caller. */
export function similarTo(index: RecsIndex, row: number, n: number, ex: Exclusions): Candidate[] {
  const query = itemQuery(
    index.layout,
    index.items.subarray(row * index.dim, (row + 1) * index.dim),
  );
  return nearest(index, query, n, ex).map((s) => ({
    row: s.row,
    score: s.score,
    reason: { kind: 'similar_to', row },
  }));
}

/**
 * The viewer's own list: their stored vector, else the fold-in of what they took, else popular
 * courses in their categories topped up with popular ones overall (new or anonymous viewers).
 */
export function forViewer(
  index: RecsIndex,
  viewerId: string | null,
  taken: number[],
  n: number,
  ex: Exclusions,
): Candidate[] {
  const userRow = viewerId ? index.userRowOf.get(viewerId) : undefined;
  const query =
    userRow !== undefined
      ? index.users.subarray(userRow * index.dim, (userRow + 1) * index.dim)
      : taken.length > 0
        ? foldIn(index, taken)
        : null;
  if (query) {
    const found = nearest(index, query, n, ex);
    const rows = found.map((s) => s.row);
    const closest = closestAmong(index.items, index.dim, rows, taken);
    return found.map((s, i) => ({
      row: s.row,
      score: s.score,
      reason: personalReason(s.row, closest[i]!, index.category, index.ranks),
    }));
  }
  const only = ex.category === null ? null : new Set([ex.category]);
  const theirs = taken.length > 0 ? new Set(taken.map((r) => index.category[r]!)) : null;
  const first = popularRows(index, n, ex, only ?? theirs);
  if (first.length >= n || only || !theirs) return first;
  const chosen = new Set(first.map((c) => c.row));
  const more = popularRows(
    index,
    n,
    { ...ex, seen: new Set([...(ex.seen ?? []), ...chosen]) },
    null,
  );
  return [...first, ...more].slice(0, n);
}
