import { describe, expect, it } from 'vitest';

import { buildHnsw, exactTopK, topK, type VectorSet } from './kernel';
import { topByDot } from './offline/brute-force';
import { createRng } from './rng';
import { normalizeInPlace } from './vectors';

function unitRows(n: number, dim: number, seed: number): Float32Array {
  const rng = createRng(seed);
  const m = new Float32Array(n * dim);
  for (let i = 0; i < n; i++) {
    const row = m.subarray(i * dim, (i + 1) * dim);
    for (let d = 0; d < dim; d++) row[d] = rng() - 0.5;
    normalizeInPlace(row);
  }
  return m;
}

const exact = (matrix: Float32Array, dim: number): VectorSet => ({
  matrix,
  dim,
  count: matrix.length / dim,
  hnsw: null,
});

describe('vector kernel (usearch)', () => {
  it('ranks exactly as the brute-force scan, with the same scores', () => {
    const dim = 24;
    const m = unitRows(800, dim, 1);
    const q = unitRows(1, dim, 2);
    const ours = exactTopK(exact(m, dim), q, 15);
    const reference = topByDot({ matrix: m, dim, count: 800, query: q, n: 15 });
    expect(ours.map((s) => s.row)).toEqual(reference.map((s) => s.index));
    ours.forEach((s, i) => expect(s.score).toBeCloseTo(reference[i]!.score, 5));
  });

  it('takes a query that is a view into a larger matrix (a user row)', () => {
    const dim = 8;
    const m = unitRows(300, dim, 11);
    const users = unitRows(5, dim, 12);
    const row = users.subarray(3 * dim, 4 * dim);
    const reference = topByDot({ matrix: m, dim, count: 300, query: row.slice(), n: 5 });
    expect(exactTopK(exact(m, dim), row, 5).map((s) => s.row)).toEqual(
      reference.map((s) => s.index),
    );
  });

  it('returns every row when k exceeds the catalogue', () => {
    expect(exactTopK(exact(unitRows(3, 4, 3), 4), unitRows(1, 4, 4), 10)).toHaveLength(3);
  });

  it('drops rows the caller excludes and searches deeper until enough survive', () => {
    const dim = 16;
    const m = unitRows(600, dim, 5);
    const q = unitRows(1, dim, 6);
    // Only every seventh row is allowed: the first k = n + excluded answer cannot fill the list.
    const keep = (row: number) => row % 7 === 0;
    const ours = topK(exact(m, dim), q, 10, { excluded: 0, keep });
    const skip = Uint8Array.from({ length: 600 }, (_, i) => (keep(i) ? 0 : 1));
    const reference = topByDot({ matrix: m, dim, count: 600, query: q, n: 10, skip });
    expect(ours.map((s) => s.row)).toEqual(reference.map((s) => s.index));
  });

  it('finds through the HNSW graph at least 95% of the exact top 10 (recall@10)', () => {
    const dim = 32;
    const n = 2000;
    const m = unitRows(n, dim, 7);
    const graph: VectorSet = { ...exact(m, dim), hnsw: buildHnsw(m, dim) };
    expect(graph.hnsw!.size()).toBe(n);
    let hits = 0;
    const queries = 50;
    for (let i = 0; i < queries; i++) {
      const q = unitRows(1, dim, 100 + i);
      const truth = new Set(exactTopK(exact(m, dim), q, 10).map((s) => s.row));
      const found = topK(graph, q, 10, { excluded: 0, keep: () => true });
      expect(found).toHaveLength(10);
      hits += found.filter((s) => truth.has(s.row)).length;
    }
    expect(hits / (queries * 10)).toBeGreaterThanOrEqual(0.95);
  }, 30_000);
});
