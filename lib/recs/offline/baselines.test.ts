import { describe, expect, it } from 'vitest';

import { itemKnn, mostPopular } from './baselines';
import { buildCsr } from '../sparse';

// Users 0–2 take items 0 and 1 together; users 3–4 take items 2 and 3; item 0 is the most taken.
const pairs = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
  [2, 0],
  [2, 1],
  [3, 2],
  [3, 3],
  [4, 2],
  [4, 3],
  [5, 0],
  [5, 2],
];
const m = buildCsr(
  6,
  4,
  pairs.map((p) => p[0]!),
  pairs.map((p) => p[1]!),
  pairs.map(() => 1),
);

describe('mostPopular', () => {
  it('ranks by count and never repeats an item the user has', () => {
    expect(mostPopular(m)(3, 2)).toEqual([0, 1]);
    expect(mostPopular(m)(0, 4)).toEqual([2, 3]);
  });
});

describe('itemKnn', () => {
  it("recommends the items co-taken with the user's items", () => {
    const single = buildCsr(
      7,
      4,
      [...pairs.map((p) => p[0]!), 6],
      [...pairs.map((p) => p[1]!), 3],
      [...pairs.map(() => 1), 1],
    );
    expect(itemKnn(single, 50)(6, 1)).toEqual([2]);
  });

  it('keeps only the given number of neighbours per item', () => {
    // A new user 6 with item 0 only: item 0's nearest neighbour is item 1, its second is item 2.
    const x = buildCsr(
      7,
      4,
      [...pairs.map((p) => p[0]!), 6],
      [...pairs.map((p) => p[1]!), 0],
      [...pairs.map(() => 1), 1],
    );
    expect(itemKnn(x, 1)(6, 3)).toEqual([1]);
    expect(itemKnn(x, 50)(6, 3)).toEqual([1, 2]);
  });
});
