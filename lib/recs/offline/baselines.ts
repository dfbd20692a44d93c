import { columnSums, rowIndices, transposeCsr, type Csr } from '../sparse';
import { TopN } from './brute-force';

/** Ranks items for one user, skipping the ones they already have. */
export type Recommender = (user: number, k: number) => number[];

/** Items without any score (e.g. no neighbour of the user's items) are not recommended at all. */
function topUnseen(scores: Float64Array, seen: ArrayLike<number>, k: number): number[] {
  const skip = new Set<number>(Array.from(seen));
  const heap = new TopN(k);
  for (let i = 0; i < scores.length; i++) {
    if (scores[i]! > 0 && !skip.has(i) && scores[i]! > heap.floor) heap.push(i, scores[i]!);
  }
  return heap.sorted().map((s) => s.index);
}

/** Baseline 1: the items most users interacted with. */
export function mostPopular(train: Csr): Recommender {
  const pop = columnSums({ ...train, data: new Float32Array(train.data.length).fill(1) });
  // A user outside the matrix (cold start) has seen nothing.
  return (user, k) =>
    topUnseen(pop, user >= 0 && user < train.nRows ? rowIndices(train, user) : [], k);
}

/**
 * Baseline 2: item-based kNN with cosine similarity on the binary matrix, each item keeping its
 * `neighbours` most similar items; a candidate's score sums its similarity to the user's items.
 */
export function itemKnn(train: Csr, neighbours = 50): Recommender {
  const byItem = transposeCsr(train);
  const nItems = train.nCols;
  const counts = new Float64Array(nItems);
  for (let i = 0; i < nItems; i++) counts[i] = byItem.indptr[i + 1]! - byItem.indptr[i]!;
  const nbIdx = new Int32Array(nItems * neighbours).fill(-1);
  const nbSim = new Float32Array(nItems * neighbours);
  const co = new Float64Array(nItems);
  for (let i = 0; i < nItems; i++) {
    co.fill(0);
    for (const u of rowIndices(byItem, i)) for (const j of rowIndices(train, u)) co[j]! += 1;
    co[i] = 0;
    const heap = new TopN(neighbours);
    for (let j = 0; j < nItems; j++) {
      if (co[j] === 0) continue;
      const sim = co[j]! / Math.sqrt(counts[i]! * counts[j]!);
      if (sim > heap.floor) heap.push(j, sim);
    }
    heap.sorted().forEach((s, n) => {
      nbIdx[i * neighbours + n] = s.index;
      nbSim[i * neighbours + n] = s.score;
    });
  }
  return (user, k) => {
    const scores = new Float64Array(nItems);
    for (const i of rowIndices(train, user)) {
      for (let n = 0; n < neighbours; n++) {
        const j = nbIdx[i * neighbours + n]!;
        if (j < 0) break;
        scores[j]! += nbSim[i * neighbours + n]!;
      }
    }
    return topUnseen(scores, rowIndices(train, user), k);
  };
}
