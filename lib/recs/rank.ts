/**
 * Why an item was recommended. Reasons must be true: "because you took X" names a course the
 * viewer took that is close to the item; "popular in Y" only for a course among the most taken in Y.
 */
export type RawReason =
  | { kind: 'because_you_took' | 'similar_to'; row: number }
  | { kind: 'popular_in'; category: number }
  | { kind: 'popular' }
  | { kind: 'recommended' };

/** Top places that count as "popular". */
export const POPULAR_IN_CATEGORY = 10;
export const POPULAR_OVERALL = 20;
/** Below this cosine a taken course is not close enough to name as the reason. */
export const MIN_REASON_SIMILARITY = 0.3;

export type PopularityRanks = { inCategory: Int32Array; overall: Int32Array };

/** 0-based popularity places, overall and within the item's category (popularity 0 never ranks). */
export function popularityRanks(
  category: Int32Array,
  byPopularity: Int32Array,
  popularity: Int32Array,
): PopularityRanks {
  const inCategory = new Int32Array(category.length).fill(-1);
  const overall = new Int32Array(category.length).fill(-1);
  const seen = new Map<number, number>();
  byPopularity.forEach((row, place) => {
    if (popularity[row]! <= 0) return;
    overall[row] = place;
    const c = category[row]!;
    const n = seen.get(c) ?? 0;
    inCategory[row] = n;
    seen.set(c, n + 1);
  });
  return { inCategory, overall };
}

/** The popularity claim the item can honestly carry, if any. */
export type PopularityReason = Exclude<RawReason, { row: number }>;

export function popularityReason(
  row: number,
  category: Int32Array,
  ranks: PopularityRanks,
): PopularityReason {
  const inCat = ranks.inCategory[row]!;
  if (inCat >= 0 && inCat < POPULAR_IN_CATEGORY)
    return { kind: 'popular_in', category: category[row]! };
  const all = ranks.overall[row]!;
  if (all >= 0 && all < POPULAR_OVERALL) return { kind: 'popular' };
  return { kind: 'recommended' };
}

/**
 * For a personal pick: the taken course closest to it (`closestAmong` in kernel.ts) when it is
 * similar enough to name, else a popularity reason.
 */
export function personalReason(
  row: number,
  closest: { row: number; score: number } | null,
  category: Int32Array,
  ranks: PopularityRanks,
): RawReason {
  if (closest && closest.score > MIN_REASON_SIMILARITY)
    return { kind: 'because_you_took', row: closest.row };
  return popularityReason(row, category, ranks);
}
