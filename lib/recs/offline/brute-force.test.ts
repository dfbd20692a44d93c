import { describe, expect, it } from 'vitest';

import { createRng } from '../rng';
import { normalizeInPlace } from '../vectors';

import { scanScores, topByDot, TopN } from './brute-force';

function randomMatrix(n: number, dim: number, seed: number) {
  const rng = createRng(seed);
  const m = new Float32Array(n * dim);
  for (let i = 0; i < n; i++)
    normalizeInPlace(m.subarray(i * dim, (i + 1) * dim).map(() => rng() - 0.5)).forEach(
      (v, d) => (m[i * dim + d] = v),
    );
  const q = normalizeInPlace(Float32Array.from({ length: dim }, () => rng() - 0.5)) as Float32Array;
  return { m, q };
}

describe('topByDot', () => {
  it('returns the same top N as a full sort of every score', () => {
    const { m, q } = randomMatrix(500, 16, 1);
    const all = Array.from(scanScores(m, 16, q, new Float32Array(500)));
    const expected = all
      .map((s, i) => ({ i, s }))
      .sort((a, b) => b.s - a.s)
      .slice(0, 7)
      .map((x) => x.i);
    expect(
      topByDot({ matrix: m, dim: 16, count: 500, query: q, n: 7 }).map((s) => s.index),
    ).toEqual(expected);
  });

  it('skips excluded rows and keeps only the allowed value when filtering', () => {
    const { m, q } = randomMatrix(200, 8, 2);
    const skip = new Uint8Array(200);
    const full = topByDot({ matrix: m, dim: 8, count: 200, query: q, n: 3 });
    skip[full[0]!.index] = 1;
    const without = topByDot({ matrix: m, dim: 8, count: 200, query: q, n: 3, skip });
    expect(without.map((s) => s.index)).not.toContain(full[0]!.index);
    const allow = Int32Array.from({ length: 200 }, (_, i) => i % 3);
    const filtered = topByDot({
      matrix: m,
      dim: 8,
      count: 200,
      query: q,
      n: 10,
      allow,
      allowValue: 2,
    });
    expect(filtered.every((s) => s.index % 3 === 2)).toBe(true);
  });

  it('returns fewer items when fewer rows qualify', () => {
    const { m, q } = randomMatrix(3, 4, 3);
    expect(topByDot({ matrix: m, dim: 4, count: 3, query: q, n: 10 })).toHaveLength(3);
  });
});

describe('TopN', () => {
  it('keeps the largest values, best first', () => {
    const h = new TopN(3);
    for (const [i, v] of [5, 1, 9, 3, 7, 2].entries()) h.push(i, v);
    expect(h.sorted().map((s) => s.score)).toEqual([9, 7, 5]);
  });
});
