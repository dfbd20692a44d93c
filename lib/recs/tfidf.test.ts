import { describe, expect, it } from 'vitest';

import { tokenize } from '@/lib/search/tokenize';

import { contentVectors, hashedTfidf } from './tfidf';

const texts = [
  'Python 编程入门 变量 函数 循环',
  'Python programming for beginners: variables and loops',
  '手机摄影入门 构图 光线',
  'Portrait photography: lighting and composition',
  'Python 编程：函数与数据分析',
  'Photography basics: lighting and exposure',
];

function cos(v: Float32Array, dim: number, a: number, b: number) {
  let s = 0;
  for (let d = 0; d < dim; d++) s += v[a * dim + d]! * v[b * dim + d]!;
  return s;
}

describe('content vectors', () => {
  it('puts texts on the same topic closer than texts on different topics (Chinese included)', () => {
    const v = contentVectors(texts.map(tokenize), 8);
    expect(cos(v, 8, 0, 4)).toBeGreaterThan(cos(v, 8, 0, 2));
    expect(cos(v, 8, 3, 5)).toBeGreaterThan(cos(v, 8, 3, 1));
    expect(cos(v, 8, 2, 2)).toBeCloseTo(1, 5);
  });

  it('keeps raw TF-IDF cosines when there are fewer documents than dimensions', () => {
    const docs = texts.map(tokenize);
    const x = hashedTfidf(docs);
    const raw = (a: number, b: number) => {
      const row = (r: number) =>
        new Map(
          Array.from(x.indices.subarray(x.indptr[r], x.indptr[r + 1]), (c, i) => [
            c,
            x.data[x.indptr[r]! + i]!,
          ]),
        );
      const ra = row(a);
      let s = 0;
      for (const [c, val] of row(b)) s += (ra.get(c) ?? 0) * val;
      return s;
    };
    const v = contentVectors(docs, 16);
    for (const [a, b] of [
      [0, 4],
      [1, 3],
      [0, 1],
    ] as const)
      expect(cos(v, 16, a, b)).toBeCloseTo(raw(a, b), 4);
  });
});
