import { describe, expect, it } from 'vitest';

import { indexInteractions, parseInteractions, stratifiedSplit, temporalSplit } from './data';

describe('parseInteractions', () => {
  it('reads MovieLens u.data and CSV with a header', () => {
    expect(
      parseInteractions('196\t242\t3\t881250949\n186\t302\t3\t891717742\n', 'movielens'),
    ).toEqual([
      { user: '196', item: '242', rating: 3, timestamp: 881250949 },
      { user: '186', item: '302', rating: 3, timestamp: 891717742 },
    ]);
    expect(parseInteractions('timestamp,item,user\n5,a,u1\n', 'csv')).toEqual([
      { user: 'u1', item: 'a', rating: 1, timestamp: 5 },
    ]);
    expect(() => parseInteractions('x,y\n1,2\n', 'csv')).toThrow(/header/);
  });
});

describe('splits', () => {
  const rows = Array.from({ length: 40 }, (_, n) => ({
    user: `u${n % 4}`,
    item: `i${n}`,
    rating: 4,
    timestamp: n,
  }));

  it('holds out a quarter of every user, reproducibly for a seed', () => {
    const a = stratifiedSplit(rows, 0.75, 42);
    const b = stratifiedSplit(rows, 0.75, 42);
    expect(a).toEqual(b);
    for (const u of ['u0', 'u1', 'u2', 'u3']) {
      expect(a.train.filter((r) => r.user === u)).toHaveLength(8);
      expect(a.test.filter((r) => r.user === u)).toHaveLength(2);
    }
    expect(stratifiedSplit(rows, 0.75, 7)).not.toEqual(a);
  });

  it("holds out each user's latest interactions in the time-based split", () => {
    const { train, test } = temporalSplit(rows, 0.75);
    const lastTrain = Math.max(...train.filter((r) => r.user === 'u1').map((r) => r.timestamp));
    expect(test.filter((r) => r.user === 'u1').every((r) => r.timestamp > lastTrain)).toBe(true);
  });

  it('indexes each user–item pair once', () => {
    const d = indexInteractions([...rows.slice(0, 3), rows[0]!]);
    expect(d.matrix.indices.length).toBe(3);
    expect(Array.from(d.matrix.data)).toEqual([1, 1, 1]);
  });
});
