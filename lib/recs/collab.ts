import { topGramEigen } from './linalg';
import { createRng } from './rng';
import type { Csr } from './sparse';

/**
 * `lambdaScale` sets EASE's L2 penalty relative to the data: λ = lambdaScale × mean item weight
 * (the mean diagonal of XᵀX), so the same setting suits binary ratings and decayed app signals.
 */
export type CollabParams = { rank: number; lambdaScale: number; seed: number; iterations?: number };

export type CollabModel = {
  rank: number;
  lambda: number;
  /** rank + 1: the last coordinate is the norm-equalising augmentation. */
  dim: number;
  /** nItems × dim, every row unit length. */
  itemVectors: Float32Array;
  /** nItems × rank: V ⊙ √f, the per-item term a user vector sums. */
  basis: Float64Array;
};

/**
 * Low-rank EASE (Steck 2019) served as cosine similarity. With G = XᵀX ≈ V diag(σ) Vᵀ and
 * f = σ/(σ+λ), EASE's score for an unseen item j is (x_u V √f)·(V_j √f) / d_j where
 * d_j = 1 − Σ f V_j², exactly up to the truncated spectrum. User vectors are x_u V √f; item
 * vectors V_j √f / d_j are then scaled by the largest norm M and given one extra coordinate
 * √(1 − |q_j|²/M²) (Bachrach et al. 2014), so every item is unit length and the cosine with a
 * user vector (whose extra coordinate is 0) ranks items exactly as EASE's inner product does.
 */
export function trainCollab(x: Csr, params: CollabParams): CollabModel {
  const nItems = x.nCols;
  const eig = topGramEigen(x, params.rank, {
    rng: createRng(params.seed),
    iterations: params.iterations ?? 4,
  });
  const r = eig.rank;
  let diag = 0;
  for (let p = 0; p < x.data.length; p++) diag += x.data[p]! * x.data[p]!;
  const lambda = Math.max(1e-6, (params.lambdaScale * diag) / Math.max(1, nItems));
  const sqrtF = new Float64Array(r);
  const f = new Float64Array(r);
  for (let k = 0; k < r; k++) {
    f[k] = eig.values[k]! / (eig.values[k]! + lambda);
    sqrtF[k] = Math.sqrt(f[k]!);
  }
  const basis = new Float64Array(nItems * r);
  const q = new Float64Array(nItems * r);
  const norms = new Float64Array(nItems);
  let maxNorm = 0;
  for (let j = 0; j < nItems; j++) {
    let d = 1;
    for (let k = 0; k < r; k++) d -= f[k]! * eig.vectors[j * r + k]! ** 2;
    // d_j ≥ 1/(1 + σ_max/λ) in exact arithmetic; the floor only guards rounding.
    d = Math.max(d, 1e-6);
    let n2 = 0;
    for (let k = 0; k < r; k++) {
      const b = eig.vectors[j * r + k]! * sqrtF[k]!;
      basis[j * r + k] = b;
      q[j * r + k] = b / d;
      n2 += (b / d) ** 2;
    }
    norms[j] = Math.sqrt(n2);
    if (norms[j]! > maxNorm) maxNorm = norms[j]!;
  }
  const dim = r + 1;
  const itemVectors = new Float32Array(nItems * dim);
  const m = maxNorm || 1;
  for (let j = 0; j < nItems; j++) {
    for (let k = 0; k < r; k++) itemVectors[j * dim + k] = q[j * r + k]! / m;
    itemVectors[j * dim + r] = Math.sqrt(Math.max(0, 1 - (norms[j]! / m) ** 2));
  }
  return { rank: r, lambda, dim, itemVectors, basis };
}

/** A user's collaborative vector from weighted item interactions; unit length, augmentation 0. */
export function collabUserVector(
  model: Pick<CollabModel, 'basis' | 'rank' | 'dim'>,
  items: ArrayLike<number>,
  weights: ArrayLike<number>,
): Float32Array {
  const r = model.rank;
  const acc = new Float64Array(r);
  for (let t = 0; t < items.length; t++) {
    const off = items[t]! * r;
    const w = weights[t]!;
    for (let k = 0; k < r; k++) acc[k]! += w * model.basis[off + k]!;
  }
  const out = new Float32Array(model.dim);
  let n2 = 0;
  for (let k = 0; k < r; k++) n2 += acc[k]! ** 2;
  const inv = n2 > 0 ? 1 / Math.sqrt(n2) : 0;
  for (let k = 0; k < r; k++) out[k] = acc[k]! * inv;
  return out;
}
