import { describe, expect, it } from 'vitest';

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
    expect(personalReason({ items, dim: 2, row: 1, taken: [0, 2], category, ranks })).toEqual({
      kind: 'because_you_took',
      row: 0,
    });
    expect(personalReason({ items, dim: 2, row: 2, taken: [0], category, ranks }).kind).toBe(
      'popular_in',
    );
  });
});
