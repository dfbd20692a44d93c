import { describe, expect, it } from 'vitest';

import { createRng, hashSeed, mulberry32, seedId, zipfWeights } from './random';

describe('seed randomness', () => {
  it('repeats the same sequence when the seed is the same', () => {
    const a = createRng('demo');
    const b = createRng('demo');
    const seqA = Array.from({ length: 50 }, () => a.next());
    const seqB = Array.from({ length: 50 }, () => b.next());
    expect(seqA).toEqual(seqB);
    expect(createRng('other').next()).not.toBe(seqA[0]);
  });

  it('stays within [0, 1) and spreads values evenly', () => {
    const next = mulberry32(hashSeed('spread'));
    const buckets = new Array<number>(10).fill(0);
    let min = 1;
    let max = 0;
    for (let i = 0; i < 20_000; i++) {
      const x = next();
      min = Math.min(min, x);
      max = Math.max(max, x);
      buckets[Math.floor(x * 10)]! += 1;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    for (const count of buckets) expect(count).toBeGreaterThan(1_800);
  });

  it('draws integers inclusive of both bounds', () => {
    const rng = createRng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(rng.int(1, 4));
    expect([...seen].sort()).toEqual([1, 2, 3, 4]);
  });

  it('skews draws towards the head when weights are Zipf', () => {
    const rng = createRng('zipf');
    const items = Array.from({ length: 50 }, (_, i) => i);
    const weights = zipfWeights(50, 1);
    const counts = new Array<number>(50).fill(0);
    for (let i = 0; i < 20_000; i++) counts[rng.weighted(items, weights)]! += 1;
    const top5 = counts.slice(0, 5).reduce((s, c) => s + c, 0);
    const bottom25 = counts.slice(25).reduce((s, c) => s + c, 0);
    // Harmonic numbers: the top 5 ranks hold ~51% of the mass, the bottom 25 ~15%.
    expect(top5 / 20_000).toBeGreaterThan(0.45);
    expect(bottom25 / 20_000).toBeLessThan(0.2);
    expect(counts[0]).toBeGreaterThan(counts[9]! * 5);
  });

  it('shuffles into a permutation without losing items', () => {
    const rng = createRng('shuffle');
    const items = Array.from({ length: 30 }, (_, i) => i);
    const shuffled = rng.shuffle(items);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
  });

  it('makes stable, distinct 22-char base62 ids from labels', () => {
    expect(seedId('course:a')).toBe(seedId('course:a'));
    expect(seedId('course:a')).not.toBe(seedId('course:b'));
    expect(seedId('course:a')).toMatch(/^[0-9A-Za-z]{22}$/);
    const many = new Set(Array.from({ length: 5_000 }, (_, i) => seedId(`user:${i}`)));
    expect(many.size).toBe(5_000);
  });
});
