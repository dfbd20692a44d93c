import { EigenvalueDecomposition, Matrix } from 'ml-matrix';

import type { Csr } from './sparse';
import { gaussian, type Rng } from './rng';

/** Dense matrices here are row-major Float64Arrays: `a[i * k + c]`. */

/** Sparse × dense: (nRows × nCols) · (nCols × k) → nRows × k. */
export function spmm(m: Csr, b: Float64Array, k: number): Float64Array {
  const out = new Float64Array(m.nRows * k);
  for (let r = 0; r < m.nRows; r++) {
    const o = r * k;
    for (let p = m.indptr[r]!; p < m.indptr[r + 1]!; p++) {
      const v = m.data[p]!;
      const off = m.indices[p]! * k;
      for (let c = 0; c < k; c++) out[o + c]! += v * b[off + c]!;
    }
  }
  return out;
}

/** Transposed sparse × dense: mᵀ (nCols × nRows) · a (nRows × k) → nCols × k. */
export function spmmT(m: Csr, a: Float64Array, k: number): Float64Array {
  const out = new Float64Array(m.nCols * k);
  for (let r = 0; r < m.nRows; r++) {
    const o = r * k;
    for (let p = m.indptr[r]!; p < m.indptr[r + 1]!; p++) {
      const v = m.data[p]!;
      const off = m.indices[p]! * k;
      for (let c = 0; c < k; c++) out[off + c]! += v * a[o + c]!;
    }
  }
  return out;
}

/** aᵀa for a tall n × k matrix: k × k. */
export function gram(a: Float64Array, n: number, k: number): Float64Array {
  const g = new Float64Array(k * k);
  for (let i = 0; i < n; i++) {
    const o = i * k;
    for (let c = 0; c < k; c++) {
      const v = a[o + c]!;
      if (v === 0) continue;
      const gc = c * k;
      for (let d = c; d < k; d++) g[gc + d]! += v * a[o + d]!;
    }
  }
  for (let c = 0; c < k; c++) for (let d = 0; d < c; d++) g[c * k + d] = g[d * k + c]!;
  return g;
}

/** Eigenpairs of a small symmetric k × k matrix, largest first. */
function symmetricEigen(m: Float64Array, k: number): { values: number[]; vectors: Matrix } {
  const rows = Array.from({ length: k }, (_, i) => Array.from(m.subarray(i * k, i * k + k)));
  const evd = new EigenvalueDecomposition(new Matrix(rows), { assumeSymmetric: true });
  const vals = evd.realEigenvalues;
  const order = vals.map((_, i) => i).sort((a, b) => vals[b]! - vals[a]!);
  const vecs = evd.eigenvectorMatrix;
  const sorted = new Matrix(k, k);
  order.forEach((src, c) => {
    for (let i = 0; i < k; i++) sorted.set(i, c, vecs.get(i, src));
  });
  return { values: order.map((i) => vals[i]!), vectors: sorted };
}

/**
 * Orthonormal columns spanning a's columns (SVQB, Stathopoulos & Wu 2002: eigen-decompose the small
 * Gram matrix, scale by Λ^-½, twice). Directions with no energy are dropped, so a rank-deficient
 * sketch (fewer users than columns) shrinks instead of producing NaNs.
 */
export function orthonormalize(
  a: Float64Array,
  n: number,
  k: number,
): { q: Float64Array; k: number } {
  let q: Float64Array = a;
  let cols = k;
  for (let pass = 0; pass < 2; pass++) {
    const { values, vectors } = symmetricEigen(gram(q, n, cols), cols);
    const top = Math.max(values[0] ?? 0, 0);
    const keep = values.filter((v) => v > top * 1e-12 && v > 0).length;
    if (keep === 0) return { q: new Float64Array(0), k: 0 };
    const w = new Float64Array(cols * keep);
    for (let i = 0; i < cols; i++)
      for (let c = 0; c < keep; c++) w[i * keep + c] = vectors.get(i, c) / Math.sqrt(values[c]!);
    q = matmul(q, n, cols, w, keep);
    cols = keep;
  }
  return { q, k: cols };
}

/** Dense a (n × k) · b (k × m) → n × m. */
export function matmul(
  a: Float64Array,
  n: number,
  k: number,
  b: Float64Array,
  m: number,
): Float64Array {
  const out = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let p = 0; p < k; p++) {
      const v = a[i * k + p]!;
      if (v === 0) continue;
      for (let j = 0; j < m; j++) out[i * m + j]! += v * b[p * m + j]!;
    }
  }
  return out;
}

/**
 * Top eigenpairs of the item Gram matrix G = XᵀX without forming G (randomised subspace iteration,
 * Halko et al. 2011): the basis of the low-rank EASE model, and cheap at 100k items.
 */
export function topGramEigen(
  x: Csr,
  rank: number,
  opts: { oversample?: number; iterations?: number; rng: Rng },
): { values: Float64Array; vectors: Float64Array; rank: number } {
  const n = x.nCols;
  let l = Math.min(n, rank + (opts.oversample ?? 16));
  const start = new Float64Array(n * l);
  for (let i = 0; i < start.length; i++) start[i] = gaussian(opts.rng);
  const first = orthonormalize(start, n, l);
  let q = first.q;
  l = first.k;
  for (let it = 0; it < (opts.iterations ?? 4) && l > 0; it++) {
    ({ q, k: l } = orthonormalize(spmmT(x, spmm(x, q, l), l), n, l));
  }
  const r = Math.min(rank, l);
  if (r === 0) return { values: new Float64Array(0), vectors: new Float64Array(0), rank: 0 };
  const eig = symmetricEigen(gram(spmm(x, q, l), x.nRows, l), l);
  const w = new Float64Array(l * r);
  const values = new Float64Array(r);
  for (let c = 0; c < r; c++) {
    values[c] = Math.max(eig.values[c]!, 0);
    for (let i = 0; i < l; i++) w[i * r + c] = eig.vectors.get(i, c);
  }
  return { values, vectors: matmul(q, n, l, w, r), rank: r };
}
