/*
 * Weekly cohort retention, pure. Users are grouped by the UTC week (Monday 00:00 to Monday 00:00) in
 * which they signed up; week 0 is that week itself, week k the k-th calendar week after it. A user is
 * retained in week k when they did anything (a behaviour event or saved lesson progress) in it, at or
 * after signing up. The data layer counts distinct users per (cohort week, week offset) in SQL with
 * the same week numbering (`DATEDIFF(day, WEEK_EPOCH) DIV 7`) and this module builds the table.
 */

const DAY_MS = 86_400_000;
/** Weeks after the sign-up week shown in the table (weeks 0..COHORT_WEEKS). */
export const COHORT_WEEKS = 8;
/** The first Monday after the Unix epoch: week 0 of the numbering. */
export const WEEK_EPOCH = '1970-01-05';
const WEEK_EPOCH_DAY = 4;

/** The number of the UTC week that holds `t`, counted from WEEK_EPOCH (negative before it). */
export function utcWeekIndex(t: Date | number): number {
  const day = Math.floor((typeof t === 'number' ? t : t.getTime()) / DAY_MS);
  return Math.floor((day - WEEK_EPOCH_DAY) / 7);
}

/** Monday 00:00 UTC of a numbered week. */
export function utcWeekStart(index: number): Date {
  return new Date((WEEK_EPOCH_DAY + index * 7) * DAY_MS);
}

export type CohortSize = { cohortWeek: number; users: number };
/** Distinct users of a cohort active in the week `weekOffset` weeks after their sign-up week. */
export type CohortActivity = { cohortWeek: number; weekOffset: number; users: number };

export type CohortCell = {
  week: number;
  active: number;
  share: number;
  /** False for the week still running at `asOf`: its share can still grow. */
  complete: boolean;
};
export type CohortRow = { weekStart: string; size: number; cells: CohortCell[] };
export type CohortTable = {
  weeks: number;
  rows: CohortRow[];
  /** Per week offset, the size-weighted share over the cohorts whose week is complete. */
  average: (number | null)[];
};

const dayKey = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Sizes and activity counts → one row per cohort that has members, oldest first, with a cell for
 * each week 0..weeks that has begun by `asOf`. Counts outside 0..weeks, for a cohort without
 * members, or above the cohort's size (impossible from a correct query) are refused.
 */
export function buildCohortTable(input: {
  sizes: CohortSize[];
  activity: CohortActivity[];
  asOf: Date;
  weeks?: number;
}): CohortTable {
  const weeks = input.weeks ?? COHORT_WEEKS;
  const asOf = input.asOf.getTime();
  const sizeOf = new Map<number, number>();
  for (const s of input.sizes)
    if (s.users > 0) sizeOf.set(s.cohortWeek, (sizeOf.get(s.cohortWeek) ?? 0) + s.users);
  const activeOf = new Map<string, number>();
  for (const a of input.activity) {
    const size = sizeOf.get(a.cohortWeek);
    if (size === undefined || a.weekOffset < 0 || a.weekOffset > weeks) continue;
    const key = `${a.cohortWeek}:${a.weekOffset}`;
    const active = (activeOf.get(key) ?? 0) + a.users;
    if (active > size) throw new RangeError('more active users than the cohort has');
    activeOf.set(key, active);
  }
  const rows = [...sizeOf.entries()]
    .sort(([a], [b]) => a - b)
    .map(([cohortWeek, size]): CohortRow => {
      const cells: CohortCell[] = [];
      for (let week = 0; week <= weeks; week++) {
        if (utcWeekStart(cohortWeek + week).getTime() > asOf) break;
        const active = activeOf.get(`${cohortWeek}:${week}`) ?? 0;
        cells.push({
          week,
          active,
          share: active / size,
          complete: utcWeekStart(cohortWeek + week + 1).getTime() <= asOf,
        });
      }
      return { weekStart: dayKey(utcWeekStart(cohortWeek)), size, cells };
    });
  const average = Array.from({ length: weeks + 1 }, (_, week) => {
    let active = 0;
    let size = 0;
    for (const r of rows) {
      const cell = r.cells[week];
      if (!cell?.complete) continue;
      active += cell.active;
      size += r.size;
    }
    return size > 0 ? active / size : null;
  });
  return { weeks, rows, average };
}
