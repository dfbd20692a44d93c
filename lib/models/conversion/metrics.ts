/**
 * Area under the ROC curve by the rank-sum (Mann–Whitney) formula: the probability that a random
 * positive scores above a random negative, ties counting one half. A constant scorer gets exactly 0.5.
 */
export function auc(scores: readonly number[], labels: readonly number[]): number {
  const positives = labels.filter((y) => y === 1).length;
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  const order = scores.map((s, i) => ({ s, y: labels[i]! })).sort((a, b) => a.s - b.s);
  let rankSumPositive = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j < order.length && order[j]!.s === order[i]!.s) j++;
    // Ranks i+1 … j share their mean.
    const meanRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (order[k]!.y === 1) rankSumPositive += meanRank;
    i = j;
  }
  return (rankSumPositive - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Mean negative log-likelihood, probabilities clipped to [ε, 1 − ε]. */
export function logLoss(probabilities: readonly number[], labels: readonly number[]): number {
  const eps = 1e-12;
  let sum = 0;
  for (let i = 0; i < labels.length; i++) {
    const p = Math.min(1 - eps, Math.max(eps, probabilities[i]!));
    sum += labels[i] === 1 ? -Math.log(p) : -Math.log(1 - p);
  }
  return sum / labels.length;
}
