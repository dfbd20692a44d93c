import { Matrix, solve } from 'ml-matrix';

export type LogisticOptions = {
  /** L2 penalty on every weight but the first (the intercept). */
  l2?: number;
  maxIterations?: number;
  /** Stops when no weight moves by more than this in one Newton step. */
  tolerance?: number;
};

export const sigmoid = (z: number) =>
  z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));

export function dot(w: readonly number[], x: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < w.length; i++) s += w[i]! * (x[i] ?? 0);
  return s;
}

/** P(y = 1 | x) = σ(x · w): the Y' = X'·W' of the design, passed through the logistic link. */
export function predict(w: readonly number[], x: readonly number[]): number {
  return sigmoid(dot(w, x));
}

/**
 * Fits w by iteratively reweighted least squares (Newton's method on the penalised log-likelihood):
 * w ← w + (XᵀSX + λI′)⁻¹ (Xᵀ(y − p) − λI′w), where S = diag(p(1 − p)) and I′ leaves the intercept
 * (column 0) unpenalised. Rows must all have the same length.
 */
export function fitLogistic(
  rows: readonly (readonly number[])[],
  labels: readonly number[],
  opts: LogisticOptions = {},
): { weights: number[]; iterations: number } {
  if (rows.length === 0) throw new Error('no training rows');
  if (rows.length !== labels.length) throw new Error('rows and labels differ in length');
  const l2 = opts.l2 ?? 1;
  const maxIterations = opts.maxIterations ?? 50;
  const tolerance = opts.tolerance ?? 1e-8;
  const d = rows[0]!.length;
  const w = new Array<number>(d).fill(0);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const hessian = Matrix.zeros(d, d);
    const gradient = Matrix.zeros(d, 1);
    for (let i = 0; i < rows.length; i++) {
      const x = rows[i]!;
      const p = predict(w, x);
      const s = p * (1 - p);
      const r = labels[i]! - p;
      for (let a = 0; a < d; a++) {
        const xa = x[a]!;
        if (xa === 0) continue;
        gradient.set(a, 0, gradient.get(a, 0) + xa * r);
        for (let b = 0; b < d; b++) {
          const xb = x[b]!;
          if (xb !== 0) hessian.set(a, b, hessian.get(a, b) + s * xa * xb);
        }
      }
    }
    for (let a = 1; a < d; a++) {
      hessian.set(a, a, hessian.get(a, a) + l2);
      gradient.set(a, 0, gradient.get(a, 0) - l2 * w[a]!);
    }
    // A tiny ridge on the intercept keeps the system solvable when a class is missing.
    hessian.set(0, 0, hessian.get(0, 0) + 1e-9);
    const step = solve(hessian, gradient);
    let moved = 0;
    for (let a = 0; a < d; a++) {
      const delta = step.get(a, 0);
      w[a] = w[a]! + delta;
      moved = Math.max(moved, Math.abs(delta));
    }
    if (!w.every(Number.isFinite)) throw new Error('logistic regression diverged');
    if (moved < tolerance) {
      iterations++;
      break;
    }
  }
  return { weights: w, iterations };
}
