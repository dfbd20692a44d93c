/**
 * The vector kernel: top-k rows of one contiguous Float32Array of unit vectors by dot product
 * (= cosine), with usearch's SIMD code. Below `HNSW_MIN_ROWS` an exact scan (every row, no
 * approximation); from there an HNSW graph built with the model (docs/DECISIONS.md, 2026-12-02).
 */
import { exactSearch, Index, MetricKind, ScalarKind } from 'usearch';

/** Catalogues from this many rows get an HNSW graph; smaller ones are scanned exactly. */
export const HNSW_MIN_ROWS = 50_000;
/** Graph degree and beam widths; the search beam sets recall (DECISIONS, 2026-12-02). */
const HNSW = { connectivity: 16, expansion_add: 128, expansion_search: 512 };

export type Scored = { row: number; score: number };

export type VectorSet = {
  matrix: Float32Array;
  dim: number;
  count: number;
  /** Present for large catalogues: searched instead of scanning every row. */
  hnsw: Index | null;
};

/** The k rows with the highest dot product, best first (exact; one thread per request). */
export function exactTopK(set: VectorSet, query: Float32Array, k: number): Scored[] {
  const n = Math.min(k, set.count);
  if (n <= 0) return [];
  const found = exactSearch(whole(set.matrix), whole(query), set.dim, n, MetricKind.IP, 1);
  return toScored(found.keys, found.distances);
}

/**
 * usearch's exactSearch reads a typed array's buffer from its start, ignoring the view's offset:
 * a row taken with `subarray` (a user vector) is copied first.
 */
function whole(v: Float32Array): Float32Array {
  return v.byteOffset === 0 ? v : v.slice();
}

function searchOnce(set: VectorSet, query: Float32Array, k: number): Scored[] {
  if (!set.hnsw) return exactTopK(set, query, k);
  const n = Math.min(k, set.count);
  if (n <= 0) return [];
  const found = set.hnsw.search(query, n, 1);
  return toScored(found.keys, found.distances);
}

function toScored(keys: BigUint64Array, distances: Float32Array): Scored[] {
  // IP distance is 1 − dot.
  return Array.from(keys, (key, i) => ({ row: Number(key), score: 1 - distances[i]! }));
}

/**
 * Top `n` rows that `keep` accepts. Asks for n + `excluded` (the rows the caller knows it will
 * drop: owned, own, the anchor) and searches again with twice the k while too few survive, e.g.
 * under a category filter; once k covers every row the answer is complete.
 */
export function topK(
  set: VectorSet,
  query: Float32Array,
  n: number,
  opts: { excluded: number; keep: (row: number) => boolean },
): Scored[] {
  let k = n + opts.excluded;
  for (;;) {
    const found = searchOnce(set, query, k);
    const kept = found.filter((s) => opts.keep(s.row));
    if (kept.length >= n || k >= set.count) return kept.slice(0, n);
    k *= 2;
  }
}

function gather(matrix: Float32Array, dim: number, rows: readonly number[]): Float32Array {
  const out = new Float32Array(rows.length * dim);
  rows.forEach((r, i) => out.set(matrix.subarray(r * dim, (r + 1) * dim), i * dim));
  return out;
}

/**
 * For each of `rows`, the closest of `among` by dot product (one SIMD call for all of them): which
 * taken course a recommendation is closest to. Null when `among` is empty.
 */
export function closestAmong(
  matrix: Float32Array,
  dim: number,
  rows: readonly number[],
  among: readonly number[],
): (Scored | null)[] {
  if (among.length === 0 || rows.length === 0) return rows.map(() => null);
  const found = exactSearch(
    gather(matrix, dim, among),
    gather(matrix, dim, rows),
    dim,
    1,
    MetricKind.IP,
    1,
  );
  // k = 1: one key per query row, an index into `among`.
  return rows.map((_, i) => ({
    row: among[Number(found.keys[i]!)]!,
    score: 1 - found.distances[i]!,
  }));
}

function emptyGraph(dim: number): Index {
  return new Index({
    dimensions: dim,
    metric: MetricKind.IP,
    quantization: ScalarKind.F32,
    multi: false,
    ...HNSW,
  });
}

/** Builds the HNSW graph of a model's item rows (keys are row numbers). */
export function buildHnsw(matrix: Float32Array, dim: number): Index {
  const count = matrix.length / dim;
  const index = emptyGraph(dim);
  if (count > 0)
    index.add(
      BigUint64Array.from({ length: count }, (_, i) => BigInt(i)),
      matrix,
    );
  return index;
}

/** Reads a graph written by `index.save(path)` (the bytes stored with the model). */
export function loadHnsw(path: string, dim: number): Index {
  const index = emptyGraph(dim);
  index.load(path);
  return index;
}
