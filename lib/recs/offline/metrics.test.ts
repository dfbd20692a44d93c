import { describe, expect, it } from 'vitest';

import { rankingMetrics } from './metrics';

describe('rankingMetrics', () => {
  it('matches hand-computed precision, recall, NDCG and MAP at K = 3', () => {
    // User 1: relevant {10, 30}; ranked [10, 20, 30] → hits at ranks 1 and 3.
    // User 2: relevant {40}; ranked [50, 60, 70] → no hit.
    const preds = new Map([
      [1, [10, 20, 30]],
      [2, [50, 60, 70]],
    ]);
    const truth = new Map([
      [1, new Set([10, 30])],
      [2, new Set([40])],
    ]);
    const m = rankingMetrics(preds, truth, 3);
    const dcg = 1 / Math.log(2) + 1 / Math.log(4);
    const idcg = 1 / Math.log(2) + 1 / Math.log(3);
    expect(m.users).toBe(2);
    expect(m.precision).toBeCloseTo((2 / 3 + 0) / 2, 10);
    expect(m.recall).toBeCloseTo((1 + 0) / 2, 10);
    expect(m.ndcg).toBeCloseTo(dcg / idcg / 2, 10);
    expect(m.mapAtK).toBeCloseTo((1 + 2 / 3) / 2 / 2, 10);
    expect(m.map).toBeCloseTo((1 + 2 / 3) / 2 / 2, 10);
  });

  it('normalises MAP@K by min(relevant, K) and MAP by all relevant items', () => {
    const preds = new Map([[1, [1, 2]]]);
    const truth = new Map([[1, new Set([1, 3, 4, 5])]]);
    const m = rankingMetrics(preds, truth, 2);
    expect(m.mapAtK).toBeCloseTo(1 / 2, 10);
    expect(m.map).toBeCloseTo(1 / 4, 10);
  });
});
