import { describe, expect, it } from 'vitest';

import { auc, logLoss } from './metrics';

describe('auc', () => {
  it('matches a hand-computed case', () => {
    // Positives 0.35 and 0.8 against negatives 0.1 and 0.4: of the four pairs, 0.35 < 0.4 is the
    // only one ranked wrongly, so AUC = 3/4.
    expect(auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])).toBe(0.75);
  });

  it('counts a tie as one half', () => {
    // Pairs: (0.5 vs 0.5) tie = 0.5, (0.9 vs 0.5) = 1 → (1.5) / 2.
    expect(auc([0.5, 0.5, 0.9], [0, 1, 1])).toBe(0.75);
  });

  it('gives a constant scorer 0.5, a perfect one 1 and a reversed one 0', () => {
    expect(auc([0.3, 0.3, 0.3, 0.3], [1, 0, 1, 0])).toBe(0.5);
    expect(auc([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1])).toBe(1);
    expect(auc([0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1])).toBe(0);
  });

  it('is undefined with one class only', () => {
    expect(auc([0.1, 0.2], [1, 1])).toBeNaN();
  });
});

describe('logLoss', () => {
  it('matches a hand-computed case', () => {
    expect(logLoss([0.9, 0.2], [1, 0])).toBeCloseTo((-Math.log(0.9) - Math.log(0.8)) / 2, 12);
  });

  it('stays finite for certain but wrong predictions', () => {
    expect(Number.isFinite(logLoss([0, 1], [1, 0]))).toBe(true);
  });
});
