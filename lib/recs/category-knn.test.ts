import { describe, expect, it } from 'vitest';

import { tokenize } from '@/lib/search/tokenize';

import { loadCategoryKnn, trainCategoryKnn } from './category-knn';
import { createRng } from './rng';

const TOPICS = [
  [
    'python',
    'javascript',
    '编程',
    'code',
    'programming',
    'function',
    'api',
    '数据结构',
    'algorithm',
    'react',
  ],
  [
    'photography',
    'camera',
    '摄影',
    'lens',
    'portrait',
    'lighting',
    '构图',
    'editing',
    'exposure',
    'photo',
  ],
  [
    'finance',
    'startup',
    '财务',
    'marketing',
    'sales',
    'business',
    '融资',
    'growth',
    'strategy',
    'accounting',
  ],
];

function doc(topic: number, rng: () => number): string {
  const words = TOPICS[topic]!;
  return (
    Array.from({ length: 6 }, () => words[Math.floor(rng() * words.length)]).join(' ') +
    ' course guide 课程'
  );
}

describe('category kNN', () => {
  it('suggests the right category for unseen text and reports held-out accuracy', () => {
    const rng = createRng(5);
    const labels = Array.from({ length: 90 }, (_, i) => i % 3);
    const docs = labels.map((l) => tokenize(doc(l, rng)));
    const trained = trainCategoryKnn(docs, labels, { seed: 1 });
    expect(trained.accuracy).toBeGreaterThan(0.8);
    const suggest = loadCategoryKnn(
      JSON.parse(JSON.stringify(trained.payload)) as typeof trained.payload,
    );
    const top = suggest(tokenize('人像摄影：相机曝光与构图 portrait camera'), 3);
    expect(top[0]!.label).toBe(1);
    expect(top.reduce((s, x) => s + x.score, 0)).toBeCloseTo(1, 6);
    expect(suggest([], 3)).toEqual([]);
  });

  it('gives a close neighbour nearly all the vote and leaves unrelated ones out', () => {
    const docs = [
      ['python', 'code', 'function'],
      ['camera', 'lens', 'portrait'],
      ['finance', 'sales', 'budget'],
    ];
    const trained = trainCategoryKnn(docs, [0, 1, 2], { seed: 1 });
    const suggest = loadCategoryKnn(trained.payload);
    const top = suggest(['python', 'code', 'function'], 3);
    expect(top[0]!.label).toBe(0);
    // Weighted by 2 − distance, the two orthogonal neighbours would still hold about 37 %.
    expect(top[0]!.score).toBeGreaterThan(0.95);
    expect(top.every((x) => x.score > 0)).toBe(true);
  });
});
