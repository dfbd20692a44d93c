/**
 * Ranking metrics as Microsoft Recommenders defines them (python_evaluation.py, relevancy "top_k",
 * binary relevance): averaged over users present in both truth and predictions; a held-out item is
 * relevant. `map` normalises by all relevant items (the published benchmark tables use it);
 * `mapAtK` by min(relevant, K) (Spark's MAP@K, the library's current `map_at_k`).
 */
export type RankingMetrics = {
  precision: number;
  recall: number;
  ndcg: number;
  mapAtK: number;
  map: number;
  users: number;
};

export function rankingMetrics(
  predictions: Map<number, readonly number[]>,
  truth: Map<number, ReadonlySet<number>>,
  k: number,
): RankingMetrics {
  let users = 0;
  let precision = 0;
  let recall = 0;
  let ndcg = 0;
  let mapAtK = 0;
  let map = 0;
  for (const [user, relevant] of truth) {
    const ranked = predictions.get(user);
    if (!ranked || relevant.size === 0) continue;
    users++;
    let hits = 0;
    let dcg = 0;
    let ap = 0;
    const top = Math.min(k, ranked.length);
    for (let r = 0; r < top; r++) {
      if (!relevant.has(ranked[r]!)) continue;
      hits++;
      dcg += 1 / Math.log(2 + r);
      ap += hits / (r + 1);
    }
    let idcg = 0;
    for (let r = 0; r < Math.min(relevant.size, k); r++) idcg += 1 / Math.log(2 + r);
    precision += hits / k;
    recall += hits / relevant.size;
    ndcg += dcg / idcg;
    mapAtK += ap / Math.min(relevant.size, k);
    map += ap / relevant.size;
  }
  const d = users || 1;
  return {
    precision: precision / d,
    recall: recall / d,
    ndcg: ndcg / d,
    mapAtK: mapAtK / d,
    map: map / d,
    users,
  };
}
