import KNN from 'ml-knn';

import { createRng, shuffleInPlace } from './rng';
import { fnv1a } from './tfidf';

/** Small on purpose: the model is stored as JSON (STACK.md: ml-knn round-trips through JSON). */
export const KNN_BUCKETS = 256;
/** Courses kept as kNN points; a seeded, category-stratified sample past that keeps the payload small. */
export const KNN_MAX_POINTS = 2000;

export type CategoryKnnPayload = {
  buckets: number;
  idf: number[];
  k: number;
  knn: unknown;
};

function termCounts(tokens: readonly string[], buckets: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const t of tokens) {
    const h = fnv1a(t);
    const key = (h % buckets) * (h & 0x80000000 ? -1 : 1);
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Signed-hashed TF-IDF, L2-normalised: euclidean distance then ranks like cosine. */
export function knnVector(
  tokens: readonly string[],
  idf: readonly number[],
  buckets = KNN_BUCKETS,
): number[] {
  const v = new Array<number>(buckets).fill(0);
  for (const [key, c] of termCounts(tokens, buckets)) {
    const b = Math.abs(key);
    v[b]! += Math.sign(key || 1) * (1 + Math.log(c)) * (idf[b] ?? 1);
  }
  const n = Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1;
  return v.map((x) => x / n);
}

function idfOf(docs: readonly (readonly string[])[], buckets: number): number[] {
  const df = new Array<number>(buckets).fill(0);
  for (const d of docs) for (const key of termCounts(d, buckets).keys()) df[Math.abs(key)]!++;
  return df.map((n) => Math.log((1 + docs.length) / (1 + n)) + 1);
}

/**
 * Trains the category suggester on published courses' text. Accuracy is measured on a seeded 20%
 * hold-out first (null when there are too few courses), then the model is refit on every point.
 */
export function trainCategoryKnn(
  docs: readonly (readonly string[])[],
  labels: readonly number[],
  opts: { seed?: number; k?: number } = {},
): { payload: CategoryKnnPayload; accuracy: number | null; points: number } {
  const rng = createRng(opts.seed ?? 42);
  const k = opts.k ?? 3;
  let order = shuffleInPlace(
    docs.map((_, i) => i),
    rng,
  );
  if (order.length > KNN_MAX_POINTS) order = order.slice(0, KNN_MAX_POINTS);
  const idf = idfOf(
    order.map((i) => docs[i]!),
    KNN_BUCKETS,
  );
  const vec = (i: number) => knnVector(docs[i]!, idf);
  let accuracy: number | null = null;
  const cut = Math.floor(order.length * 0.8);
  if (order.length >= 10 && new Set(labels).size > 1) {
    // Scored exactly as suggestions are (closeness-weighted votes), so the metric describes the feature.
    const trainIdx = order.slice(0, cut);
    const testIdx = order.slice(cut);
    const held = new KNN(
      trainIdx.map(vec),
      trainIdx.map((i) => labels[i]!),
      { k: Math.min(k, trainIdx.length) },
    );
    const suggest = loadCategoryKnn({
      buckets: KNN_BUCKETS,
      idf,
      k: Math.min(k, trainIdx.length),
      knn: held.toJSON(),
    });
    accuracy =
      testIdx.filter((i) => suggest(docs[i]!, 1)[0]?.label === labels[i]).length / testIdx.length;
  }
  const knn = new KNN(
    order.map(vec),
    order.map((i) => labels[i]!),
    { k: Math.min(k, order.length) },
  );
  const payload = {
    buckets: KNN_BUCKETS,
    idf,
    k: Math.min(k, order.length),
    knn: JSON.parse(JSON.stringify(knn)) as unknown,
  };
  return { payload, accuracy, points: order.length };
}

/** Loads a stored model (ml-knn needs the JSON round trip, STACK.md). */
export function loadCategoryKnn(
  payload: CategoryKnnPayload,
): (tokens: readonly string[], top: number) => { label: number; score: number }[] {
  const knn = KNN.load(JSON.parse(JSON.stringify(payload.knn)) as Parameters<typeof KNN.load>[0]);
  return (tokens, top) => {
    if (tokens.length === 0) return [];
    const point = knnVector(tokens, payload.idf, payload.buckets);
    const near = knn.kdTree.nearest(point, payload.k);
    // Votes weighted by cosine similarity (unit vectors: cos = 1 − d²/2, floored at 0), so a near
    // neighbour outvotes far ones and the shares read as confidence; scores sum to 1. Weighting by
    // 2 − d instead left three unrelated neighbours at about a third each.
    const votes = new Map<number, number>();
    for (const [p, dist] of near) {
      const label = p[p.length - 1]!;
      votes.set(label, (votes.get(label) ?? 0) + Math.max(0, 1 - (dist * dist) / 2));
    }
    const total = [...votes.values()].reduce((s, v) => s + v, 0);
    if (total === 0) return [];
    return [...votes]
      .filter(([, v]) => v > 0)
      .map(([label, v]) => ({ label, score: v / total }))
      .sort((a, b) => b.score - a.score)
      .slice(0, top);
  };
}
