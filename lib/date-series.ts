/** Dashboard ranges in days; anything else is refused so a URL cannot ask for years of rows. */
export const RANGE_DAYS = [30, 90] as const;
export type RangeDays = (typeof RANGE_DAYS)[number];

export function parseRangeDays(value: unknown): RangeDays {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return n === 90 ? 90 : 30;
}

const DAY_MS = 86_400_000;

/** UTC midnight of the first day of a range that ends today (inclusive), e.g. 30 days = today and 29 before. */
export function rangeStart(days: number, now: Date = new Date()): Date {
  const todayUtc = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(todayUtc - (days - 1) * DAY_MS);
}

/** The `YYYY-MM-DD` keys of every UTC day in the range, oldest first. */
export function dayKeys(days: number, now: Date = new Date()): string[] {
  const start = rangeStart(days, now).getTime();
  return Array.from({ length: days }, (_, i) =>
    new Date(start + i * DAY_MS).toISOString().slice(0, 10),
  );
}

/**
 * Turns sparse per-day rows (only days that had activity) into one entry per day, so charts do not
 * draw a straight line across quiet days. Rows outside the range are dropped.
 */
export function fillDays<R extends { day: string }, T>(
  keys: string[],
  rows: Iterable<R>,
  build: (day: string, matches: R[]) => T,
): T[] {
  const byDay = new Map<string, R[]>();
  for (const row of rows) {
    const list = byDay.get(row.day);
    if (list) list.push(row);
    else byDay.set(row.day, [row]);
  }
  return keys.map((day) => build(day, byDay.get(day) ?? []));
}
