import { Matrix, solve } from 'ml-matrix';

/** Behaviour the interest model learns from, each already mapped to its course's category. */
export type InterestEvent = {
  userId: string;
  categoryIndex: number;
  kind: InterestKind;
  at: Date;
  /** Dwell seconds for a view, stars for a rating, percent for progress. */
  value?: number | null;
};

export const INTEREST_KINDS = [
  'view',
  'preview',
  'wishlist',
  'enroll',
  'lesson_complete',
  'rate',
  'progress',
] as const;
export type InterestKind = (typeof INTEREST_KINDS)[number];

/** Feature groups: each is one block of per-category columns in X. */
const GROUPS = ['all', 'browse', 'commit', 'learn', 'rate'] as const;
const GROUP_OF: Record<InterestKind, Exclude<(typeof GROUPS)[number], 'all'>> = {
  view: 'browse',
  preview: 'browse',
  wishlist: 'commit',
  enroll: 'commit',
  lesson_complete: 'learn',
  progress: 'learn',
  rate: 'rate',
};

const DAY_MS = 86_400_000;

export type InterestParams = {
  /** Days of behaviour before an anchor that form the features. */
  windowDays: number;
  /** Length of the target period after an anchor. */
  periodDays: number;
  /** Training anchors before the hold-out split. */
  trainPeriods: number;
  halfLifeDays: number;
  ridge: number;
};

export const DEFAULT_INTEREST_PARAMS: InterestParams = {
  windowDays: 90,
  periodDays: 30,
  trainPeriods: 4,
  halfLifeDays: 45,
  ridge: 1,
};

/** How much one event says about interest in its category, before recency decay. */
export function eventWeight(kind: InterestKind, value?: number | null): number {
  switch (kind) {
    case 'view':
      // Dwell time lengthens a view's weight, capped at five minutes.
      return 0.5 + Math.min(300, Math.max(0, value ?? 0)) / 300;
    case 'preview':
      return 0.5;
    case 'wishlist':
      return 1.5;
    case 'enroll':
      return 3;
    case 'lesson_complete':
      return 1;
    case 'progress':
      return Math.min(1, Math.max(0, (value ?? 0) / 100));
    case 'rate':
      return (value ?? 0) >= 4 ? 2 : (value ?? 0) === 3 ? 1 : 0;
  }
}

export const featureCount = (categories: number) => GROUPS.length * categories;

/**
 * Per user: one row of recency-weighted event shares per feature group and category, from events in
 * [from, to): first all events together, then browsing, committing, learning and rating apart. Each
 * group's block sums to 1 when the user had any such event (0 otherwise).
 */
export function extractFeatures(
  events: readonly InterestEvent[],
  categories: number,
  from: Date,
  to: Date,
  halfLifeDays: number,
): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const end = to.getTime();
  for (const e of events) {
    const t = e.at.getTime();
    if (t < from.getTime() || t >= end) continue;
    if (e.categoryIndex < 0 || e.categoryIndex >= categories) continue;
    const w =
      eventWeight(e.kind, e.value) *
      Math.pow(2, -(end - t) / DAY_MS / Math.max(1e-9, halfLifeDays));
    if (w <= 0) continue;
    let row = out.get(e.userId);
    if (!row) out.set(e.userId, (row = new Array<number>(featureCount(categories)).fill(0)));
    row[e.categoryIndex]! += w;
    row[GROUPS.indexOf(GROUP_OF[e.kind]) * categories + e.categoryIndex]! += w;
  }
  for (const row of out.values())
    for (let g = 0; g < GROUPS.length; g++) {
      let sum = 0;
      for (let c = 0; c < categories; c++) sum += row[g * categories + c]!;
      if (sum > 0) for (let c = 0; c < categories; c++) row[g * categories + c]! /= sum;
    }
  return out;
}

/** Per user: the share of their weighted events in [from, to) in each category (no decay). */
export function extractAffinity(
  events: readonly InterestEvent[],
  categories: number,
  from: Date,
  to: Date,
): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const e of events) {
    const t = e.at.getTime();
    if (t < from.getTime() || t >= to.getTime()) continue;
    if (e.categoryIndex < 0 || e.categoryIndex >= categories) continue;
    const w = eventWeight(e.kind, e.value);
    if (w <= 0) continue;
    let row = out.get(e.userId);
    if (!row) out.set(e.userId, (row = new Array<number>(categories).fill(0)));
    row[e.categoryIndex]! += w;
  }
  for (const row of out.values()) {
    const sum = row.reduce((a, b) => a + b, 0);
    for (let c = 0; c < categories; c++) row[c]! /= sum;
  }
  return out;
}

export type Scaling = { mean: number[]; std: number[] };

export function fitScaling(rows: readonly number[][]): Scaling {
  const d = rows[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  const std = new Array<number>(d).fill(0);
  for (const r of rows) for (let j = 0; j < d; j++) mean[j]! += r[j]! / rows.length;
  for (const r of rows)
    for (let j = 0; j < d; j++) std[j]! += (r[j]! - mean[j]!) ** 2 / rows.length;
  for (let j = 0; j < d; j++) std[j] = Math.sqrt(std[j]!) || 1;
  return { mean, std };
}

/** Scaled features with a leading 1 for the intercept. */
export function design(row: readonly number[], s: Scaling): number[] {
  return [1, ...row.map((v, j) => (v - s.mean[j]!) / s.std[j]!)];
}

/**
 * Ridge least squares W = (XᵀX + λI)⁻¹ XᵀY; the first column of X is the intercept and is not
 * penalised. Returns W as rows (features + 1) × targets.
 */
export function fitRidge(
  x: readonly number[][],
  y: readonly number[][],
  lambda: number,
): number[][] {
  const X = new Matrix(x);
  const Y = new Matrix(y);
  const Xt = X.transpose();
  const A = Xt.mmul(X);
  for (let j = 1; j < A.rows; j++) A.set(j, j, A.get(j, j) + lambda);
  return solve(A, Xt.mmul(Y)).to2DArray();
}

export function predictRow(w: readonly number[][], xRow: readonly number[]): number[] {
  const k = w[0]?.length ?? 0;
  const out = new Array<number>(k).fill(0);
  for (let i = 0; i < xRow.length; i++) {
    const xi = xRow[i]!;
    if (xi === 0) continue;
    const wi = w[i]!;
    for (let c = 0; c < k; c++) out[c]! += xi * wi[c]!;
  }
  return out;
}

export function rmse(pred: readonly number[][], truth: readonly number[][]): number {
  let sum = 0;
  let n = 0;
  pred.forEach((p, i) =>
    p.forEach((v, c) => {
      sum += (v - truth[i]![c]!) ** 2;
      n++;
    }),
  );
  return n === 0 ? NaN : Math.sqrt(sum / n);
}

export type InterestPayload = {
  categories: number;
  w: number[][];
  scaling: Scaling;
  /** Training-mean affinity per category: the baseline and the fallback prediction. */
  baseline: number[];
};

export type InterestTraining = {
  payload: InterestPayload;
  metrics: { rmse: number; baselineRmse: number; users: number; trainRows: number };
};

function pairs(
  events: readonly InterestEvent[],
  categories: number,
  anchor: Date,
  p: InterestParams,
): { x: number[][]; y: number[][] } {
  const start = new Date(anchor.getTime() - p.windowDays * DAY_MS);
  const end = new Date(anchor.getTime() + p.periodDays * DAY_MS);
  const feats = extractFeatures(events, categories, start, anchor, p.halfLifeDays);
  const next = extractAffinity(events, categories, anchor, end);
  const x: number[][] = [];
  const y: number[][] = [];
  for (const [user, f] of feats) {
    const t = next.get(user);
    if (!t) continue;
    x.push(f);
    y.push(t);
  }
  return { x, y };
}

/**
 * Trains on anchors whose target periods end at or before `split` and evaluates on the period
 * right after it, against predicting the training-mean affinity per category.
 */
export function trainInterest(
  events: readonly InterestEvent[],
  categories: number,
  split: Date,
  params: Partial<InterestParams> = {},
): InterestTraining {
  const p = { ...DEFAULT_INTEREST_PARAMS, ...params };
  if (categories < 1) throw new Error('interest: no categories');
  const trainX: number[][] = [];
  const trainY: number[][] = [];
  for (let k = 1; k <= p.trainPeriods; k++) {
    const anchor = new Date(split.getTime() - k * p.periodDays * DAY_MS);
    const { x, y } = pairs(events, categories, anchor, p);
    trainX.push(...x);
    trainY.push(...y);
  }
  const test = pairs(events, categories, split, p);
  if (trainX.length < 2) throw new Error('interest: too few training users');
  if (test.x.length === 0) throw new Error('interest: no users in the hold-out period');
  const scaling = fitScaling(trainX);
  const w = fitRidge(
    trainX.map((r) => design(r, scaling)),
    trainY,
    p.ridge,
  );
  const baseline = new Array<number>(categories).fill(0);
  for (const r of trainY)
    for (let c = 0; c < categories; c++) baseline[c]! += r[c]! / trainY.length;
  const pred = test.x.map((r) => predictRow(w, design(r, scaling)));
  return {
    payload: { categories, w, scaling, baseline },
    metrics: {
      rmse: rmse(pred, test.y),
      baselineRmse: rmse(
        test.y.map(() => baseline),
        test.y,
      ),
      users: test.x.length,
      trainRows: trainX.length,
    },
  };
}

/** Predicted next-period affinity per category for one user's current features. */
export function predictAffinity(payload: InterestPayload, features: readonly number[]): number[] {
  return predictRow(payload.w, design(features, payload.scaling));
}
