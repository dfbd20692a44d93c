import { describe, expect, it } from 'vitest';

import { assemble, fromBytes, itemQuery, makeLayout, toBytes } from './vectors';

const layout = makeLayout({ collab: 3, content: 2, category: 2, language: 2, level: 4, price: 5 });

function norm(v: Float32Array) {
  return Math.sqrt(v.reduce((s, x) => s + x * x, 0));
}

describe('vectors', () => {
  it('round-trips float32 through little-endian bytes', () => {
    const v = Float32Array.from([1.5, -0.25, 3.0e-8, 12345.678]);
    const bytes = toBytes(v);
    expect(bytes.readFloatLE(4)).toBe(-0.25);
    expect(Array.from(fromBytes(bytes))).toEqual(Array.from(v));
  });

  it('assembles unit vectors whose dot product is the weighted mean of block cosines', () => {
    const a = assemble(layout, {
      collab: [0, 0, 1],
      content: [1, 0],
      category: [1, 0],
      language: [1, 0],
      level: [1, 0, 0, 0],
      price: [1, 0, 0, 0, 0],
    });
    const b = assemble(layout, {
      collab: [0, 0, 1],
      content: [0, 1],
      category: [1, 0],
      language: [0, 1],
      level: [1, 0, 0, 0],
      price: [1, 0, 0, 0, 0],
    });
    expect(norm(a)).toBeCloseTo(1, 6);
    const dot = a.reduce((s, x, i) => s + x * b[i]!, 0);
    const w = Object.fromEntries(layout.blocks.map((x) => [x.name, x.weight]));
    const total = layout.blocks.reduce((s, x) => s + x.weight, 0);
    expect(dot).toBeCloseTo((w.collab! + w.category! + w.level! + w.price!) / total, 5);
  });

  it('drops the norm-equalising coordinate from an item used as a query', () => {
    const item = assemble(layout, { collab: [0.6, 0, 0.8], content: [1, 0] });
    const q = itemQuery(layout, item);
    expect(q[layout.augIndex]).toBe(0);
    expect(norm(q)).toBeCloseTo(1, 6);
  });
});
