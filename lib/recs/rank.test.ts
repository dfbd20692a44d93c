import { describe, expect, it } from 'vitest';

import { closestAmong } from './kernel';
import { personalReason, popularityRanks, popularityReason, POPULAR_IN_CATEGORY } from './rank';

describe('popularity reasons', () => {
  // 30 items in categories 0 and 1 (alternating); popularity falls with the index; item 29 has none.
  const n = 30;
  const category = Int32Array.from({ length: n }, (_, i) => i % 2);
  const popularity = Int32Array.from({ length: n }, (_, i) => (i === n - 1 ? 0 : n - i));
  const byPopularity = Int32Array.from({ length: n }, (_, i) => i);
  const ranks = popularityRanks(category, byPopularity, popularity);

  it('claims "popular in Y" only for the top places of the category', () => {
    expect(popularityReason(0, category, ranks)).toEqual({ kind: 'popular_in', category: 0 });
    const lastTop = 2 * (POPULAR_IN_CATEGORY - 1);
    expect(popularityReason(lastTop, category, ranks)).toEqual({ kind: 'popular_in', category: 0 });
    expect(popularityReason(lastTop + 2, category, ranks).kind).not.toBe('popular_in');
  });

  it('never calls an item nobody took popular', () => {
    expect(popularityReason(n - 1, category, ranks)).toEqual({ kind: 'recommended' });
  });

  it('names the most similar taken course, and only when it is similar enough', () => {
    const items = Float32Array.from([1, 0, 0.8, 0.6, 0, 1]);
    const [closest] = closestAmong(items, 2, [1], [0, 2]);
    expect(closest).toEqual({ row: 0, score: expect.closeTo(0.8, 5) as number });
    expect(personalReason(1, closest!, category, ranks)).toEqual({
      kind: 'because_you_took',
      row: 0,
    });
    const [far] = closestAmong(items, 2, [2], [0]);
    expect(personalReason(2, far!, category, ranks).kind).toBe('popular_in');
    expect(personalReason(2, null, category, ranks).kind).toBe('popular_in');
  });
});
