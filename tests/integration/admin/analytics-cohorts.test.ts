import { beforeAll, describe, expect, it } from 'vitest';

import { db } from '@/db';
import { behaviourEvents, lessonProgress } from '@/db/schema';
import { COHORT_WEEKS } from '@/lib/analytics/cohorts';
import { getCohortRetention } from '@/lib/data/admin-analytics-cohorts';
import { parseAnalyticsQuery } from '@/lib/validation/studio-analytics';
import { addLessons, at, event, rows } from '@/tests/integration/studio/analytics-fixtures';
import { makeCourse, makeUser } from '@/tests/support/dashboard-fixtures';

/*
 * Weekly cohorts over weeks of their own: two sign-up weeks starting on a random Monday in the
 * 1950s, which no other test writes to. The table is checked against plain SQL that numbers weeks
 * its own way (WEEKDAY instead of a week epoch) and against the counts the fixtures make.
 */
const WEEK_MS = 7 * 86_400_000;
// 1950-01-02 was a Monday.
const monday = Date.UTC(1950, 0, 2) + Math.floor(Math.random() * 400) * WEEK_MS;
const day = (offset: number) => new Date(monday + offset * 86_400_000).toISOString().slice(0, 10);
const afterWeeks = (weeks: number) => new Date(monday + weeks * WEEK_MS);

function range(from: string, to: string) {
  const parsed = parseAnalyticsQuery({ from, to });
  if (!parsed.ok) throw new Error('bad fixture window');
  return parsed.filter.range;
}

async function expected(from: string, to: string, now: Date) {
  const window = [`${from} 00:00:00`, `${to} 23:59:59.999`];
  const start = (col: string) => `(DATE(${col}) - INTERVAL WEEKDAY(${col}) DAY)`;
  const sizes = await rows<{ cohort: string; n: number }>(
    `SELECT DATE_FORMAT(${start('created_at')}, '%Y-%m-%d') cohort, COUNT(*) n FROM users
      WHERE created_at BETWEEN ? AND ? GROUP BY cohort ORDER BY cohort`,
    window,
  );
  const active = await rows<{ cohort: string; wk: number; n: number }>(
    `SELECT DATE_FORMAT(u.cs, '%Y-%m-%d') cohort, DATEDIFF(${start('a.at')}, u.cs) DIV 7 wk,
            COUNT(DISTINCT u.id) n
       FROM (SELECT id, created_at, ${start('created_at')} cs FROM users
              WHERE created_at BETWEEN ? AND ?) u
       JOIN (SELECT user_id, created_at at FROM behaviour_events WHERE user_id IS NOT NULL
             UNION ALL SELECT user_id, updated_at FROM lesson_progress) a
         ON a.user_id = u.id AND a.at >= u.created_at AND a.at < ?
      GROUP BY cohort, wk HAVING wk <= ?`,
    [...window, now, COHORT_WEEKS],
  );
  return sizes.map((s) => ({
    weekStart: s.cohort,
    size: Number(s.n),
    active: Object.fromEntries(
      active.filter((a) => a.cohort === s.cohort).map((a) => [Number(a.wk), Number(a.n)]),
    ),
  }));
}

beforeAll(async () => {
  const [u1, u2, u3, later] = await Promise.all([
    makeUser('learner', 'C1', at(day(0), '10:00:00')),
    makeUser('learner', 'C2', at(day(2))),
    makeUser('learner', 'C3', at(day(6), '23:00:00')),
    makeUser('learner', 'Later', at(day(15))),
  ]);
  await makeUser('learner', 'C4, never back', at(day(8)));
  const creator = await makeUser('creator', 'Cohort creator', at(day(-60)));
  const course = await makeCourse(creator.id);
  const [l1, l2] = await addLessons(course);
  const visit = (userId: string, offset: number) => event('view', course, day(offset), { userId });
  await visit(u1.id, 1); // week 0
  await visit(u1.id, 14); // week 2
  await visit(u1.id, 65); // week 9: past the table
  await visit(u2.id, 0); // before C2 signed up: not activity of the cohort
  await visit(later.id, 15);
  await db.insert(lessonProgress).values([
    { userId: u1.id, lessonId: l1, courseId: course, updatedAt: at(day(22)) }, // week 3
    { userId: u2.id, lessonId: l2, courseId: course, updatedAt: at(day(9)) }, // week 1
  ]);
  // C3 signed up on Sunday night: 23:30 is still week 0, Monday 00:00 is week 1.
  await db
    .insert(behaviourEvents)
    .values({ type: 'search', userId: u3.id, createdAt: at(day(6), '23:30:00') });
  await event('progress', course, day(7), { userId: u3.id });
});

describe('getCohortRetention', () => {
  it('every cohort and week equals plain SQL when all weeks are over', async () => {
    const admin = await makeUser('admin');
    const now = afterWeeks(12);
    const got = await getCohortRetention(admin, range(day(0), day(13)), { now });
    const want = await expected(day(0), day(13), now);
    expect(
      got.rows.map((r) => ({
        weekStart: r.weekStart,
        size: r.size,
        active: Object.fromEntries(
          r.cells.filter((c) => c.active > 0).map((c) => [c.week, c.active]),
        ),
      })),
    ).toEqual(want);
    expect(got.rows.every((r) => r.cells.length === COHORT_WEEKS + 1)).toBe(true);
  });

  it('counts what the fixtures make, week 0 being the sign-up week', async () => {
    const admin = await makeUser('admin');
    const got = await getCohortRetention(admin, range(day(0), day(13)), { now: afterWeeks(12) });
    expect(got.rows.map((r) => [r.weekStart, r.size])).toEqual([
      [day(0), 3],
      [day(7), 1],
    ]);
    expect(got.rows[0]!.cells.map((c) => c.active)).toEqual([2, 2, 1, 1, 0, 0, 0, 0, 0]);
    expect(got.rows[0]!.cells[0]!.share).toBeCloseTo(2 / 3);
    expect(got.rows[1]!.cells.every((c) => c.active === 0)).toBe(true);
    expect(got.average[1]).toBe(2 / 4);
  });

  it('stops at the week running now and marks it incomplete', async () => {
    const admin = await makeUser('admin');
    const now = new Date(afterWeeks(1).getTime() + 2 * 86_400_000);
    const got = await getCohortRetention(admin, range(day(0), day(13)), { now });
    expect(got.rows[0]!.cells).toEqual([
      { week: 0, active: 2, share: 2 / 3, complete: true },
      { week: 1, active: 1, share: 1 / 3, complete: false },
    ]);
    expect(got.rows[1]!.cells).toEqual([{ week: 0, active: 0, share: 0, complete: false }]);
    expect(got.average.slice(0, 2)).toEqual([2 / 3, null]);
  });

  it('ACCESS-4: learners and creators are refused', async () => {
    for (const role of ['learner', 'creator'] as const) {
      const viewer = await makeUser(role);
      await expect(getCohortRetention(viewer, range(day(0), day(13)))).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });
});
