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

/** In-place lower Cholesky factor of a symmetric positive definite k × k matrix (jitter keeps it SPD). */
function cholesky(g: Float64Array, k: number): Float64Array {
  const l = new Float64Array(k * k);
  let trace = 0;
  for (let i = 0; i < k; i++) trace += g[i * k + i]!;
  const jitter = (trace / k) * 1e-12 + 1e-300;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let s = g[i * k + j]!;
      for (let p = 0; p < j; p++) s -= l[i * k + p]! * l[j * k + p]!;
      if (i === j) l[i * k + i] = Math.sqrt(Math.max(s, jitter));
      else l[i * k + j] = s / l[j * k + j]!;
    }
  }
  return l;
}

/** Orthonormal columns spanning a's columns (CholeskyQR, applied twice for stability). */
export function orthonormalize(a: Float64Array, n: number, k: number): Float64Array {
  let q: Float64Array = a;
  for (let pass = 0; pass < 2; pass++) {
    const l = cholesky(gram(q, n, k), k);
    const next = new Float64Array(n * k);
    // Solve row by row: next_i · Lᵀ = q_i (forward substitution).
    for (let i = 0; i < n; i++) {
      const o = i * k;
      for (let c = 0; c < k; c++) {
        let s = q[o + c]!;
        for (let p = 0; p < c; p++) s -= next[o + p]! * l[c * k + p]!;
        next[o + c] = s / l[c * k + c]!;
      }
    }
    q = next;
  }
  return q;
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
  const l = Math.min(n, rank + (opts.oversample ?? 16));
  let q: Float64Array = new Float64Array(n * l);
  for (let i = 0; i < q.length; i++) q[i] = gaussian(opts.rng);
  q = orthonormalize(q, n, l);
  for (let it = 0; it < (opts.iterations ?? 4); it++)
    q = orthonormalize(spmmT(x, spmm(x, q, l), l), n, l);
  const xq = spmm(x, q, l);
  const small = gram(xq, x.nRows, l);
  const rows = Array.from({ length: l }, (_, i) => Array.from(small.subarray(i * l, i * l + l)));
  const evd = new EigenvalueDecomposition(new Matrix(rows), { assumeSymmetric: true });
  const vals = evd.realEigenvalues;
  const order = vals.map((_, i) => i).sort((a, b) => vals[b]! - vals[a]!);
  const r = Math.min(rank, l);
  const w = new Float64Array(l * r);
  const values = new Float64Array(r);
  const vecs = evd.eigenvectorMatrix;
  for (let c = 0; c < r; c++) {
    const src = order[c]!;
    values[c] = Math.max(vals[src]!, 0);
    for (let i = 0; i < l; i++) w[i * r + c] = vecs.get(i, src);
  }
  return { values, vectors: matmul(q, n, l, w, r), rank: r };
}
