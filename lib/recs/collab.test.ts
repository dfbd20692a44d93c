import { inverse, Matrix } from 'ml-matrix';
import { describe, expect, it } from 'vitest';

import { collabUserVector, trainCollab } from './collab';
import { createRng } from './rng';
import { topByDot } from './offline/brute-force';
import { buildCsr, rowIndices } from './sparse';

function plantedMatrix(users: number, items: number, seed: number) {
  const rng = createRng(seed);
  const rows: number[] = [];
  const cols: number[] = [];
  for (let u = 0; u < users; u++) {
    const group = u % 3;
    for (let i = 0; i < items; i++) {
      if (rng() >= (i % 3 === group ? 0.5 : 0.08)) continue;
      rows.push(u);
      cols.push(i);
    }
  }
  return buildCsr(
    users,
    items,
    rows,
    cols,
    rows.map(() => 1),
  );
}

/** Exact EASE (Steck 2019): B = I − P·diag(1/diag(P)), P = (XᵀX + λI)⁻¹, score = x_u·B. */
function easeScores(x: ReturnType<typeof plantedMatrix>, lambda: number) {
  const dense = Matrix.zeros(x.nRows, x.nCols);
  for (let u = 0; u < x.nRows; u++) for (const i of rowIndices(x, u)) dense.set(u, i, 1);
  const g = dense.transpose().mmul(dense);
  for (let i = 0; i < x.nCols; i++) g.set(i, i, g.get(i, i) + lambda);
  const p = inverse(g);
  const b = Matrix.zeros(x.nCols, x.nCols);
  for (let i = 0; i < x.nCols; i++)
    for (let j = 0; j < x.nCols; j++) if (i !== j) b.set(i, j, -p.get(i, j) / p.get(j, j));
  return dense.mmul(b);
}

describe('trainCollab', () => {
  it('ranks unseen items exactly as EASE does when the rank covers every item', () => {
    const x = plantedMatrix(80, 24, 7);
    const model = trainCollab(x, { rank: 24, lambdaScale: 2, seed: 1, iterations: 6 });
    const scores = easeScores(x, model.lambda);
    for (let u = 0; u < x.nRows; u++) {
      const seen = rowIndices(x, u);
      const skip = new Uint8Array(x.nCols);
      for (const i of seen) skip[i] = 1;
      const query = collabUserVector(model, seen, new Float32Array(seen.length).fill(1));
      const ours = topByDot({
        matrix: model.itemVectors,
        dim: model.dim,
        count: x.nCols,
        query,
        n: 5,
        skip,
      }).map((s) => s.index);
      const exact = scores
        .getRow(u)
        .map((s, i) => ({ s, i }))
        .filter(({ i }) => !skip[i])
        .sort((a, b) => b.s - a.s)
        .slice(0, 5)
        .map((e) => e.i);
      expect(ours, `user ${u}`).toEqual(exact);
    }
  });

  it('stores unit-length item vectors (the cosine is the dot product)', () => {
    const model = trainCollab(plantedMatrix(50, 30, 3), { rank: 8, lambdaScale: 5, seed: 1 });
    for (let j = 0; j < 30; j++) {
      let n2 = 0;
      for (let d = 0; d < model.dim; d++) n2 += model.itemVectors[j * model.dim + d]! ** 2;
      expect(Math.sqrt(n2)).toBeCloseTo(1, 5);
    }
  });
});
