import { topGramEigen, spmm } from './linalg';
import { createRng } from './rng';
import { buildCsr, transposeCsr } from './sparse';

/** Hash space for terms: wide enough that collisions are rare before the SVD compresses it. */
export const HASH_BUCKETS = 1 << 14;

/** FNV-1a 32-bit: stable across processes, so the same term always lands in the same bucket. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * Sublinear TF × smoothed IDF over hashed terms (signed hashing: a second bit picks ±1 so
 * collisions cancel on average), each document L2-normalised. Returns a sparse docs × buckets matrix.
 */
export function hashedTfidf(docs: readonly (readonly string[])[], buckets = HASH_BUCKETS) {
  const df = new Map<number, number>();
  const perDoc = docs.map((tokens) => {
    const tf = new Map<number, number>();
    for (const t of tokens) {
      const h = fnv1a(t);
      const key = h % buckets;
      const sign = h & 0x80000000 ? -1 : 1;
      tf.set(key * 2 + (sign > 0 ? 0 : 1), (tf.get(key * 2 + (sign > 0 ? 0 : 1)) ?? 0) + 1);
    }
    for (const k of tf.keys()) df.set(k, (df.get(k) ?? 0) + 1);
    return tf;
  });
  const n = docs.length;
  const rows: number[] = [];
  const cols: number[] = [];
  const vals: number[] = [];
  perDoc.forEach((tf, d) => {
    const entries = [...tf].map(([k, c]) => {
      const idf = Math.log((1 + n) / (1 + df.get(k)!)) + 1;
      return [k >> 1, (k & 1 ? -1 : 1) * (1 + Math.log(c)) * idf] as const;
    });
    const norm = Math.sqrt(entries.reduce((s, [, v]) => s + v * v, 0)) || 1;
    for (const [col, v] of entries) {
      rows.push(d);
      cols.push(col);
      vals.push(v / norm);
    }
  });
  return buildCsr(n, buckets, rows, cols, vals);
}

/**
 * Dense content vectors: hashed TF-IDF projected on its top `dim` singular directions (LSA), then
 * L2-normalised. With fewer documents than `dim` the projection keeps every direction, so cosines
 * equal the raw TF-IDF cosines.
 */
export function contentVectors(
  docs: readonly (readonly string[])[],
  dim: number,
  seed = 42,
): Float32Array {
  const out = new Float32Array(docs.length * dim);
  if (docs.length === 0) return out;
  const x = hashedTfidf(docs);
  const opts = { rng: createRng(seed), iterations: 3 };
  let proj: Float64Array;
  let rank: number;
  if (docs.length < x.nCols) {
    // Fewer documents than buckets: the document-side Gram X·Xᵀ is smaller and gives X·V = U·Σ directly.
    const eig = topGramEigen(transposeCsr(x), dim, opts);
    rank = eig.rank;
    proj = eig.vectors;
    for (let d = 0; d < docs.length; d++)
      for (let k = 0; k < rank; k++) proj[d * rank + k]! *= Math.sqrt(eig.values[k]!);
  } else {
    const eig = topGramEigen(x, dim, opts);
    rank = eig.rank;
    proj = spmm(x, eig.vectors, rank);
  }
  const eig = { rank };
  for (let d = 0; d < docs.length; d++) {
    let n2 = 0;
    for (let k = 0; k < eig.rank; k++) n2 += proj[d * eig.rank + k]! ** 2;
    const inv = n2 > 0 ? 1 / Math.sqrt(n2) : 0;
    for (let k = 0; k < eig.rank; k++) out[d * dim + k] = proj[d * eig.rank + k]! * inv;
  }
  return out;
}
