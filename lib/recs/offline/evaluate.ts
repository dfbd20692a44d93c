import { itemKnn, mostPopular, type Recommender } from './baselines';
import { collabUserVector, trainCollab, type CollabParams } from '../collab';
import { indexInteractions, type Interaction } from './data';
import { rankingMetrics, type RankingMetrics } from './metrics';
import { topByDot } from './brute-force';
import { rowIndices, type Csr } from '../sparse';

export const DEFAULT_COLLAB: CollabParams = { rank: 64, lambdaScale: 20, seed: 42, iterations: 4 };

/** The served model as a recommender: cosine of the user's and items' unit vectors. */
export function collabRecommender(train: Csr, params: CollabParams = DEFAULT_COLLAB): Recommender {
  const model = trainCollab(train, params);
  const skip = new Uint8Array(train.nCols);
  return (user, k) => {
    const seen = rowIndices(train, user);
    const query = collabUserVector(model, seen, new Float32Array(seen.length).fill(1));
    for (const i of seen) skip[i] = 1;
    const top = topByDot({
      matrix: model.itemVectors,
      dim: model.dim,
      count: train.nCols,
      query,
      n: k,
      skip,
    });
    for (const i of seen) skip[i] = 0;
    return top.map((s) => s.index);
  };
}

export type EvalResult = {
  k: number;
  train: number;
  test: number;
  results: { name: string; metrics: RankingMetrics; trainMs: number }[];
};

/**
 * Trains each method on `train` and scores top-K lists against `test`; items seen in training are
 * never recommended, and test rows for users or items unknown in training still count as relevant.
 */
export function evaluateSplit(opts: {
  train: Interaction[];
  test: Interaction[];
  k: number;
  params?: CollabParams;
  baselines?: boolean;
}): EvalResult {
  const data = indexInteractions(opts.train);
  const truth = new Map<number, Set<number>>();
  // Unknown items get ids past the catalogue: they count as relevant but can never be hit.
  let unknown = data.items.length;
  const unknownIds = new Map<string, number>();
  for (const r of opts.test) {
    const u = data.userIndex.get(r.user);
    if (u === undefined) continue;
    let i = data.itemIndex.get(r.item);
    if (i === undefined) {
      i = unknownIds.get(r.item) ?? unknown++;
      unknownIds.set(r.item, i);
    }
    const set = truth.get(u) ?? new Set<number>();
    set.add(i);
    truth.set(u, set);
  }
  const methods: [string, () => Recommender][] = [
    ['model', () => collabRecommender(data.matrix, opts.params)],
  ];
  if (opts.baselines !== false) {
    methods.push(
      ['most-popular', () => mostPopular(data.matrix)],
      ['item-knn', () => itemKnn(data.matrix, 50)],
    );
  }
  const results = methods.map(([name, make]) => {
    const t0 = performance.now();
    const rec = make();
    const trainMs = performance.now() - t0;
    const preds = new Map<number, number[]>();
    for (const u of truth.keys()) preds.set(u, rec(u, opts.k));
    return { name, metrics: rankingMetrics(preds, truth, opts.k), trainMs };
  });
  return { k: opts.k, train: opts.train.length, test: opts.test.length, results };
}
