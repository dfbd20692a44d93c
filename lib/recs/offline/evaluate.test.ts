import { describe, expect, it } from 'vitest';

import { stratifiedSplit } from './data';
import { evaluateSplit } from './evaluate';
import { recommendGivenSplit } from './given-split';
import { generateInteractions } from './synth';

describe('evaluateSplit on generated data with planted structure', () => {
  it('beats most-popular and item-kNN on NDCG@10', () => {
    const rows = generateInteractions({ users: 400, items: 600, interactions: 30_000, seed: 7 });
    const { train, test } = stratifiedSplit(rows, 0.75, 42);
    const r = evaluateSplit({ train, test, k: 10 });
    const ndcg = Object.fromEntries(r.results.map((x) => [x.name, x.metrics.ndcg]));
    expect(ndcg.model).toBeGreaterThan(ndcg['item-knn']! + 0.01);
    expect(ndcg.model).toBeGreaterThan(ndcg['most-popular']!);
    expect(r.results[0]!.metrics.users).toBe(400);
  }, 60_000);
});

describe('recommendGivenSplit', () => {
  it('writes user,item,rank rows: K per user, ranks 1..K, no training items, popular items for unknown users', () => {
    const rows = generateInteractions({ users: 60, items: 80, interactions: 1500, seed: 3 });
    const trainCsv = [
      'user,item,rating,timestamp',
      ...rows.map((r) => `${r.user},${r.item},${r.rating},${r.timestamp}`),
    ].join('\n');
    const usersCsv = 'user\n1\n2\n5\nnobody\n';
    const { csv, users, rows: count } = recommendGivenSplit({ trainCsv, usersCsv, k: 5 });
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('user,item,rank');
    expect(users).toBe(4);
    expect(count).toBe(20);
    const seen = new Set(rows.map((r) => `${r.user}:${r.item}`));
    const byUser = new Map<string, { item: string; rank: number }[]>();
    for (const line of lines.slice(1)) {
      const [user, item, rank] = line.split(',');
      expect(seen.has(`${user}:${item}`)).toBe(false);
      byUser.set(user!, [...(byUser.get(user!) ?? []), { item: item!, rank: Number(rank) }]);
    }
    for (const list of byUser.values()) {
      expect(list.map((x) => x.rank)).toEqual([1, 2, 3, 4, 5]);
      expect(new Set(list.map((x) => x.item)).size).toBe(5);
    }
    expect(byUser.get('nobody')).toHaveLength(5);
  });
});
