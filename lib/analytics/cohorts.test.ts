import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  buildCohortTable,
  COHORT_WEEKS,
  utcWeekIndex,
  utcWeekStart,
  type CohortActivity,
  type CohortSize,
} from './cohorts';

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
const at = (iso: string) => new Date(iso);

/**
 * The counting the SQL does, written out naively for generated users: distinct users per cohort
 * week, and per (cohort week, week offset) among their activity at or after sign-up.
 */
function count(users: { signup: number; activity: number[] }[]) {
  const sizes = new Map<number, number>();
  const active = new Map<string, Set<number>>();
  users.forEach((u, id) => {
    const cohortWeek = utcWeekIndex(u.signup);
    sizes.set(cohortWeek, (sizes.get(cohortWeek) ?? 0) + 1);
    for (const t of u.activity) {
      if (t < u.signup) continue;
      const key = `${cohortWeek}:${utcWeekIndex(t) - cohortWeek}`;
      active.set(key, (active.get(key) ?? new Set()).add(id));
    }
  });
  return {
    sizes: [...sizes].map(([cohortWeek, n]): CohortSize => ({ cohortWeek, users: n })),
    activity: [...active].map(([key, ids]): CohortActivity => {
      const [cohortWeek, weekOffset] = key.split(':').map(Number) as [number, number];
      return { cohortWeek, weekOffset, users: ids.size };
    }),
  };
}

const START = Date.UTC(2025, 0, 1);
const SPAN = 120 * DAY_MS;
const userArb = fc.record({
  signup: fc.integer({ min: START, max: START + SPAN }),
  activity: fc.array(fc.integer({ min: START - WEEK_MS, max: START + SPAN + 12 * WEEK_MS }), {
    maxLength: 6,
  }),
});
const asOfArb = fc.integer({ min: START + SPAN, max: START + SPAN + 15 * WEEK_MS });

describe('utcWeekIndex', () => {
  it('starts a week on Monday 00:00 UTC when the day before is a Sunday', () => {
    const monday = utcWeekIndex(at('2026-11-30T00:00:00Z'));
    expect(utcWeekIndex(at('2026-11-29T23:59:59.999Z'))).toBe(monday - 1);
    expect(utcWeekIndex(at('2026-12-06T23:59:59.999Z'))).toBe(monday);
    expect(utcWeekStart(monday).toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });

  it('numbers weeks before the epoch Monday negatively when the date is earlier', () => {
    expect(utcWeekIndex(at('1970-01-05T00:00:00Z'))).toBe(0);
    expect(utcWeekIndex(at('1970-01-04T12:00:00Z'))).toBe(-1);
  });

  it('puts every instant inside the week that utcWeekStart names, for any time', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 4e12 }), (t) => {
        const w = utcWeekIndex(t);
        return utcWeekStart(w).getTime() <= t && t < utcWeekStart(w + 1).getTime();
      }),
    );
  });
});

describe('buildCohortTable', () => {
  it('gives the shares of one cohort week by week when its users come back', () => {
    const cohortWeek = utcWeekIndex(at('2026-03-02T10:00:00Z'));
    const table = buildCohortTable({
      sizes: [{ cohortWeek, users: 4 }],
      activity: [
        { cohortWeek, weekOffset: 0, users: 3 },
        { cohortWeek, weekOffset: 2, users: 1 },
      ],
      asOf: at('2026-03-25T00:00:00Z'),
      weeks: 4,
    });
    expect(table.rows).toEqual([
      {
        weekStart: '2026-03-02',
        size: 4,
        cells: [
          { week: 0, active: 3, share: 0.75, complete: true },
          { week: 1, active: 0, share: 0, complete: true },
          { week: 2, active: 1, share: 0.25, complete: true },
          { week: 3, active: 0, share: 0, complete: false },
        ],
      },
    ]);
    expect(table.average).toEqual([0.75, 0, 0.25, null, null]);
  });

  it('weights the average by cohort size when two cohorts have a complete week', () => {
    const table = buildCohortTable({
      sizes: [
        { cohortWeek: 100, users: 1 },
        { cohortWeek: 101, users: 3 },
      ],
      activity: [
        { cohortWeek: 100, weekOffset: 1, users: 1 },
        { cohortWeek: 101, weekOffset: 1, users: 1 },
      ],
      asOf: utcWeekStart(110),
      weeks: 2,
    });
    expect(table.average[1]).toBe(0.5);
  });

  it('refuses more active users than a cohort has when a count is wrong', () => {
    expect(() =>
      buildCohortTable({
        sizes: [{ cohortWeek: 5, users: 1 }],
        activity: [{ cohortWeek: 5, weekOffset: 0, users: 2 }],
        asOf: utcWeekStart(9),
      }),
    ).toThrow(RangeError);
  });

  it('keeps every share in [0, 1] and the average too, for any users and activity', () => {
    fc.assert(
      fc.property(fc.array(userArb, { maxLength: 40 }), asOfArb, (users, asOf) => {
        const table = buildCohortTable({ ...count(users), asOf: new Date(asOf) });
        for (const r of table.rows)
          for (const c of r.cells) {
            expect(c.share).toBeGreaterThanOrEqual(0);
            expect(c.share).toBeLessThanOrEqual(1);
            expect(c.share).toBe(c.active / r.size);
          }
        for (const a of table.average) if (a !== null) expect(a).toBeGreaterThanOrEqual(0);
        for (const a of table.average) if (a !== null) expect(a).toBeLessThanOrEqual(1);
        expect(table.rows.reduce((s, r) => s + r.size, 0)).toBe(users.length);
      }),
    );
  });

  it('has a week-0 cell for every cohort and one cell per begun week, in order, for any input', () => {
    fc.assert(
      fc.property(fc.array(userArb, { minLength: 1, maxLength: 30 }), asOfArb, (users, asOf) => {
        const table = buildCohortTable({ ...count(users), asOf: new Date(asOf) });
        const weekStarts = table.rows.map((r) => r.weekStart);
        expect([...weekStarts].sort()).toEqual(weekStarts);
        for (const r of table.rows) {
          const begun = Math.floor((asOf - Date.parse(`${r.weekStart}T00:00:00Z`)) / WEEK_MS);
          expect(r.cells.map((c) => c.week)).toEqual(
            Array.from({ length: Math.min(COHORT_WEEKS, begun) + 1 }, (_, i) => i),
          );
          // Only the week running at asOf is incomplete.
          expect(r.cells.filter((c) => !c.complete).length).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('counts a user in week 0 only when they were active only in their sign-up week', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: START, max: START + SPAN }),
        fc.array(fc.integer({ min: 0, max: WEEK_MS - 1 }), { minLength: 1, maxLength: 5 }),
        (signup, offsets) => {
          const weekEnd = utcWeekStart(utcWeekIndex(signup) + 1).getTime();
          const activity = offsets.map((o) => signup + (o % (weekEnd - signup)));
          const table = buildCohortTable({
            ...count([{ signup, activity }]),
            asOf: new Date(START + SPAN + 20 * WEEK_MS),
          });
          const [row] = table.rows;
          expect(row?.cells[0]).toMatchObject({ active: 1, share: 1 });
          expect(row?.cells.slice(1).every((c) => c.active === 0)).toBe(true);
        },
      ),
    );
  });

  it('ignores activity before sign-up and past the last week shown, for any input', () => {
    fc.assert(
      fc.property(userArb, (u) => {
        const early = { signup: u.signup, activity: [u.signup - 1] };
        const late = { signup: u.signup, activity: [u.signup + (COHORT_WEEKS + 1) * WEEK_MS] };
        const asOf = new Date(START + SPAN + 20 * WEEK_MS);
        for (const user of [early, late]) {
          const table = buildCohortTable({ ...count([user]), asOf });
          expect(table.rows[0]?.cells.every((c) => c.active === 0)).toBe(true);
        }
      }),
    );
  });
});
