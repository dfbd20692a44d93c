import { createRng, gaussian } from '../rng';
import type { Interaction } from './data';

export type SynthOptions = {
  users?: number;
  items?: number;
  /** Target number of interactions (MovieLens-100K: 100 000). */
  interactions?: number;
  clusters?: number;
  minPerUser?: number;
  /** How strongly taste (vs popularity) drives choices. */
  taste?: number;
  seed?: number;
};

/**
 * Interaction data shaped like MovieLens-100K (943 users, 1 682 items, ~100k ratings, ≥ 20 per user,
 * long-tailed popularity) with planted structure: items belong to latent clusters, users prefer a
 * few clusters, and each choice mixes popularity with taste, so a model that learns the clusters
 * can beat popularity — and one that learns them better can beat neighbourhood methods.
 */
export function generateInteractions(opts: SynthOptions = {}): Interaction[] {
  const nUsers = opts.users ?? 943;
  const nItems = opts.items ?? 1682;
  const target = opts.interactions ?? 100_000;
  const nClusters = opts.clusters ?? 18;
  const minPer = opts.minPerUser ?? 20;
  const taste = opts.taste ?? 2.5;
  const rng = createRng(opts.seed ?? 42);
  const dim = 8;

  const centroids = Array.from({ length: nClusters }, () =>
    Array.from({ length: dim }, () => gaussian(rng)),
  );
  const itemVec: number[][] = [];
  const logPop = new Float64Array(nItems);
  for (let i = 0; i < nItems; i++) {
    const c = centroids[Math.floor(rng() * nClusters)]!;
    itemVec.push(c.map((v) => v + 0.6 * gaussian(rng)));
    logPop[i] = 1.3 * gaussian(rng);
  }
  // Mean of exp(μ + σg) is exp(μ + σ²/2): choose μ so the average count hits the target.
  const extra = Math.max(1, target / nUsers - minPer);
  const mu = Math.log(extra) - 0.5;
  const rows: Interaction[] = [];
  let clock = 874_724_710;
  for (let u = 0; u < nUsers; u++) {
    const picks = 1 + Math.floor(rng() * 3);
    const taste_ = new Array<number>(dim).fill(0);
    for (let p = 0; p < picks; p++) {
      const c = centroids[Math.floor(rng() * nClusters)]!;
      for (let d = 0; d < dim; d++) taste_[d]! += c[d]! / picks;
    }
    for (let d = 0; d < dim; d++) taste_[d]! += 0.4 * gaussian(rng);
    const count = Math.min(nItems - 1, minPer + Math.round(Math.exp(mu + gaussian(rng))));
    // Gumbel top-k: sampling without replacement with probability ∝ popularity · exp(taste · affinity).
    const keys: { i: number; key: number; aff: number }[] = [];
    for (let i = 0; i < nItems; i++) {
      let aff = 0;
      for (let d = 0; d < dim; d++) aff += taste_[d]! * itemVec[i]![d]!;
      aff /= dim;
      const g = -Math.log(-Math.log(Math.max(rng(), 1e-12)));
      keys.push({ i, key: logPop[i]! + taste * aff + g, aff });
    }
    keys.sort((a, b) => b.key - a.key);
    for (const { i, aff } of keys.slice(0, count)) {
      const rating = Math.min(5, Math.max(1, Math.round(3.5 + aff + 0.8 * gaussian(rng))));
      clock += 1 + Math.floor(rng() * 5000);
      rows.push({ user: String(u + 1), item: String(i + 1), rating, timestamp: clock });
    }
  }
  return rows;
}
