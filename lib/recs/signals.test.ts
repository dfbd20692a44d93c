import { describe, expect, it } from 'vitest';

import { aggregateSignals, HALF_LIFE_DAYS, signalWeight } from './signals';

const now = new Date('2026-11-25T00:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);

describe('signals', () => {
  it('halves a signal every half-life', () => {
    expect(signalWeight('enroll', now, now)).toBe(3);
    expect(signalWeight('enroll', daysAgo(HALF_LIFE_DAYS), now)).toBeCloseTo(1.5, 10);
  });

  it('weights ratings by stars and progress by share', () => {
    expect(signalWeight('rate', now, now, 5)).toBe(2);
    expect(signalWeight('rate', now, now, 2)).toBe(0);
    expect(signalWeight('progress', now, now, 50)).toBeCloseTo(0.5, 10);
  });

  it('sums per user and course with diminishing returns, dropping zero weights', () => {
    const views = Array.from({ length: 100 }, () => ({ user: 0, item: 1, weight: 0.5 }));
    const agg = aggregateSignals([
      ...views,
      { user: 1, item: 1, weight: 3 },
      { user: 2, item: 1, weight: 0 },
    ]);
    expect(agg.users.length).toBe(2);
    expect(agg.weights[0]).toBeCloseTo(Math.log1p(50), 5);
    expect(agg.weights[1]).toBeCloseTo(Math.log1p(3), 5);
  });
});
