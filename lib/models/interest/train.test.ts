import { describe, expect, it } from 'vitest';

import {
  design,
  extractAffinity,
  extractFeatures,
  fitRidge,
  fitScaling,
  predictRow,
  trainInterest,
  type InterestEvent,
} from './train';

const DAY = 86_400_000;
const T0 = new Date('2026-06-01T00:00:00Z');
const d = (days: number) => new Date(T0.getTime() + days * DAY);

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

describe('extractFeatures', () => {
  it('weights by kind and recency and normalises each group per category', () => {
    const events: InterestEvent[] = [
      { userId: 'u', categoryIndex: 0, kind: 'view', at: d(-1), value: 0 },
      { userId: 'u', categoryIndex: 1, kind: 'view', at: d(-1), value: 300 },
      { userId: 'u', categoryIndex: 2, kind: 'enroll', at: d(-10) },
      { userId: 'u', categoryIndex: 2, kind: 'enroll', at: d(-100) },
      { userId: 'u', categoryIndex: 1, kind: 'rate', at: d(-2), value: 2 },
      { userId: 'v', categoryIndex: 0, kind: 'lesson_complete', at: d(1) },
    ];
    const f = extractFeatures(events, 3, d(-30), d(0), 30);
    expect([...f.keys()]).toEqual(['u']);
    const row = f.get('u')!;
    expect(row).toHaveLength(15);
    // All events together: views 0.5 and 1.5 a day old, the enrolment 3 ten days old (half-life 30).
    const enrol = 3 * Math.pow(2, -10 / 30);
    const views = 2 * Math.pow(2, -1 / 30);
    expect(row[2]).toBeCloseTo(enrol / (views + enrol));
    // Browse block: a 300 s view weighs 1.5, a 0 s view 0.5.
    expect(row[3]).toBeCloseTo(0.25);
    expect(row[4]).toBeCloseTo(0.75);
    // Commit block: only the enrolment inside the window.
    expect(row.slice(6, 9)).toEqual([0, 0, 1]);
    // A two-star rating carries no interest; the learn and rate blocks are empty.
    expect(row.slice(9, 15)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('decays older events by the half-life', () => {
    const events: InterestEvent[] = [
      { userId: 'u', categoryIndex: 0, kind: 'enroll', at: d(-30) },
      { userId: 'u', categoryIndex: 1, kind: 'enroll', at: d(-1e-9) },
    ];
    const row = extractFeatures(events, 2, d(-60), d(0), 30).get('u')!;
    // Commit block (columns 4–5): the month-old enrolment counts half.
    expect(row[4]! / row[5]!).toBeCloseTo(0.5, 3);
  });
});

describe('extractAffinity', () => {
  it('gives each user the share of their weighted events per category', () => {
    const events: InterestEvent[] = [
      { userId: 'u', categoryIndex: 0, kind: 'enroll', at: d(1) },
      { userId: 'u', categoryIndex: 1, kind: 'preview', at: d(2) },
      { userId: 'u', categoryIndex: 1, kind: 'enroll', at: d(40) },
    ];
    const a = extractAffinity(events, 2, d(0), d(30)).get('u')!;
    expect(a[0]).toBeCloseTo(3 / 3.5);
    expect(a[1]).toBeCloseTo(0.5 / 3.5);
  });
});

describe('fitRidge', () => {
  it('recovers a known W from noiseless synthetic data', () => {
    const rand = lcg(7);
    const W = [
      [0.5, -1, 2],
      [1, 0, -0.5],
      [-2, 3, 1],
    ];
    const x: number[][] = [];
    const y: number[][] = [];
    for (let i = 0; i < 200; i++) {
      const row = [1, rand() * 2 - 1, rand() * 2 - 1];
      x.push(row);
      y.push(predictRow(W, row));
    }
    const fit = fitRidge(x, y, 1e-9);
    fit.forEach((r, i) => r.forEach((v, j) => expect(v).toBeCloseTo(W[i]![j]!, 6)));
  });

  it('shrinks the weights but not the intercept as the penalty grows', () => {
    const x = [
      [1, -1],
      [1, 0],
      [1, 1],
    ];
    const y = [[1], [3], [5]];
    const loose = fitRidge(x, y, 0);
    const tight = fitRidge(x, y, 1000);
    expect(loose[1]![0]).toBeCloseTo(2);
    expect(Math.abs(tight[1]![0]!)).toBeLessThan(0.01);
    expect(tight[0]![0]).toBeCloseTo(3);
  });
});

describe('fitScaling', () => {
  it('standardises columns and leaves constant ones at unit spread', () => {
    const s = fitScaling([
      [1, 5],
      [3, 5],
    ]);
    expect(s.mean).toEqual([2, 5]);
    expect(s.std).toEqual([1, 1]);
    expect(design([3, 5], s)).toEqual([1, 1, 0]);
  });
});

/** Learners with one persistent favourite category among four, plus noise in the others. */
function plantedEvents(users: number, seed: number): InterestEvent[] {
  const rand = lcg(seed);
  const out: InterestEvent[] = [];
  for (let u = 0; u < users; u++) {
    const fav = u % 4;
    for (let day = -240; day < 30; day += 3) {
      if (rand() > 0.5) continue;
      const cat = rand() < 0.7 ? fav : Math.floor(rand() * 4);
      const kind = rand() < 0.2 ? 'enroll' : 'view';
      out.push({ userId: `u${u}`, categoryIndex: cat, kind, at: d(day), value: 60 });
    }
  }
  return out;
}

describe('trainInterest', () => {
  it('beats the mean baseline on the hold-out period when interests persist', () => {
    const r = trainInterest(plantedEvents(80, 3), 4, d(0));
    expect(r.metrics.users).toBeGreaterThan(50);
    expect(r.metrics.rmse).toBeLessThan(r.metrics.baselineRmse * 0.8);
    expect(r.payload.w).toHaveLength(1 + 20);
    expect(r.payload.baseline.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it('does not beat the baseline when the future is unrelated to the past', () => {
    const rand = lcg(11);
    const events: InterestEvent[] = [];
    for (let u = 0; u < 80; u++)
      for (let day = -240; day < 30; day += 3)
        events.push({
          userId: `u${u}`,
          categoryIndex: Math.floor(rand() * 4),
          kind: 'view',
          at: d(day),
        });
    const r = trainInterest(events, 4, d(0));
    expect(r.metrics.rmse).toBeGreaterThan(r.metrics.baselineRmse * 0.95);
  });

  it('refuses to train without a hold-out period', () => {
    const events = plantedEvents(20, 5).filter((e) => e.at < d(0));
    expect(() => trainInterest(events, 4, d(0))).toThrow(/hold-out/);
  });
});
