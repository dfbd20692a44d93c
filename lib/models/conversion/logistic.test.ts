import { describe, expect, it } from 'vitest';

import { fitLogistic, predict, sigmoid } from './logistic';

const logit = (p: number) => Math.log(p / (1 - p));

/** n rows of [1, x] with `positives` of them labelled 1. */
function group(x: number, n: number, positives: number) {
  return {
    rows: Array.from({ length: n }, () => [1, x]),
    labels: Array.from({ length: n }, (_, i) => (i < positives ? 1 : 0)),
  };
}

describe('fitLogistic', () => {
  it('recovers the closed-form maximum-likelihood solution of one binary feature', () => {
    // With an intercept and one 0/1 feature the MLE matches each group's rate exactly:
    // σ(b) = 3/10 and σ(b + w) = 8/10, so b = logit(0.3) and w = logit(0.8) − logit(0.3).
    const a = group(0, 10, 3);
    const b = group(1, 10, 8);
    const { weights } = fitLogistic([...a.rows, ...b.rows], [...a.labels, ...b.labels], { l2: 0 });
    expect(weights[0]).toBeCloseTo(logit(0.3), 8);
    expect(weights[1]).toBeCloseTo(logit(0.8) - logit(0.3), 8);
    expect(predict(weights, [1, 1])).toBeCloseTo(0.8, 8);
  });

  it('fits the intercept alone to the log-odds of the mean', () => {
    const { weights } = fitLogistic(
      Array.from({ length: 40 }, () => [1]),
      Array.from({ length: 40 }, (_, i) => (i < 10 ? 1 : 0)),
      { l2: 0 },
    );
    expect(weights[0]).toBeCloseTo(logit(0.25), 8);
  });

  it('shrinks weights towards zero under an L2 penalty but never the intercept', () => {
    const a = group(0, 10, 3);
    const b = group(1, 10, 8);
    const rows = [...a.rows, ...b.rows];
    const labels = [...a.labels, ...b.labels];
    const free = fitLogistic(rows, labels, { l2: 0 }).weights;
    const shrunk = fitLogistic(rows, labels, { l2: 5 }).weights;
    expect(Math.abs(shrunk[1]!)).toBeLessThan(Math.abs(free[1]!));
    expect(Math.abs(shrunk[1]!)).toBeGreaterThan(0);
  });

  it('refuses empty or mismatched input', () => {
    expect(() => fitLogistic([], [])).toThrow();
    expect(() => fitLogistic([[1]], [1, 0])).toThrow();
  });
});

describe('sigmoid', () => {
  it('is stable at the extremes', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(800)).toBe(1);
    expect(sigmoid(-800)).toBe(0);
  });
});
