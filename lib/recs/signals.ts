/**
 * How much each kind of interaction says about taste, before time decay. Paying and finishing say
 * most; a view says little (and is de-duplicated per user and course before it gets here, ABUSE-4).
 */
export const SIGNAL_WEIGHTS = {
  enroll: 3,
  course_complete: 2,
  progress: 1,
  wishlist: 1.5,
  checkout_start: 1,
  preview: 0.5,
  view: 0.5,
} as const;
export type SignalKind = keyof typeof SIGNAL_WEIGHTS | 'rate';

export const HALF_LIFE_DAYS = 120;
const DAY_MS = 86_400_000;

/** Weight of one interaction at `now`: base weight × 2^(−age / half-life). */
export function signalWeight(kind: SignalKind, at: Date, now: Date, value?: number | null): number {
  const base =
    kind === 'rate'
      ? ratingWeight(value ?? 0)
      : SIGNAL_WEIGHTS[kind] *
        (kind === 'progress' ? Math.min(1, Math.max(0, (value ?? 0) / 100)) : 1);
  const age = Math.max(0, now.getTime() - at.getTime()) / DAY_MS;
  return base * Math.pow(2, -age / HALF_LIFE_DAYS);
}

/** A low rating is still an interaction, but one that should not pull similar courses up. */
function ratingWeight(stars: number): number {
  if (stars >= 4) return 2;
  if (stars === 3) return 1;
  return 0;
}

/**
 * Sums weights per (user, course) and compresses with log1p, so stacking signals has diminishing
 * returns (browsing events arrive already de-duplicated per user, course and type). Returns parallel
 * arrays ready for a sparse matrix.
 */
export function aggregateSignals(rows: readonly { user: number; item: number; weight: number }[]): {
  users: Int32Array;
  items: Int32Array;
  weights: Float32Array;
} {
  const acc = new Map<string, { user: number; item: number; w: number }>();
  for (const r of rows) {
    if (r.weight <= 0) continue;
    const key = `${r.user}:${r.item}`;
    const cur = acc.get(key);
    if (cur) cur.w += r.weight;
    else acc.set(key, { user: r.user, item: r.item, w: r.weight });
  }
  const list = [...acc.values()];
  return {
    users: Int32Array.from(list, (e) => e.user),
    items: Int32Array.from(list, (e) => e.item),
    weights: Float32Array.from(list, (e) => Math.log1p(e.w)),
  };
}
