import 'server-only';

import { and, count, countDistinct, eq, gte, lt, sql } from 'drizzle-orm';
import type { MySqlColumn } from 'drizzle-orm/mysql-core';

import { db } from '@/db';
import { behaviourEvents, lessonProgress, users } from '@/db/schema';
import {
  buildCohortTable,
  COHORT_WEEKS,
  utcWeekIndex,
  utcWeekStart,
  WEEK_EPOCH,
  type CohortTable,
} from '@/lib/analytics/cohorts';
import type { Viewer } from '@/lib/auth/viewer';
import { assertAnalyticsViewer, inRange } from '@/lib/data/admin-analytics-scope';
import type { AnalyticsRange } from '@/lib/validation/studio-analytics';

/*
 * Weekly cohort retention in SQL: sign-ups of the window by UTC week, and for each cohort and week
 * offset the distinct users with a behaviour event or saved lesson progress in that week, at or after
 * their sign-up. DATEDIFF works on the stored UTC wall time, whatever the session time zone, and
 * numbers weeks as `utcWeekIndex` does (lib/analytics/cohorts.ts builds the table).
 */

const weekOf = (column: MySqlColumn) =>
  sql<number>`FLOOR(DATEDIFF(${column}, ${WEEK_EPOCH}) / 7)`.mapWith(Number);

/** Admins only (ACCESS-4). Sign-ups of the window by week, followed for `weeks` weeks until `now`. */
export async function getCohortRetention(
  viewer: Viewer,
  range: AnalyticsRange,
  opts: { now?: Date; weeks?: number } = {},
): Promise<CohortTable> {
  assertAnalyticsViewer(viewer);
  const now = opts.now ?? new Date();
  const weeks = opts.weeks ?? COHORT_WEEKS;
  const lastCohortEnd = utcWeekStart(utcWeekIndex(range.to.getTime() - 1) + weeks + 1);
  const horizon = new Date(Math.min(now.getTime(), lastCohortEnd.getTime()));
  // One row per (user, activity) at or after sign-up and before the horizon; grouped below.
  const activity = (
    source: typeof behaviourEvents | typeof lessonProgress,
    userId: MySqlColumn,
    at: MySqlColumn,
  ) =>
    db
      .select({
        userId: sql`${users.id}`.as('user_id'),
        cohortWeek: sql`${weekOf(users.createdAt)}`.as('cohort_week'),
        weekOffset: sql`${weekOf(at)} - ${weekOf(users.createdAt)}`.as('week_offset'),
      })
      .from(users)
      .innerJoin(source, and(eq(userId, users.id), gte(at, users.createdAt), lt(at, horizon)))
      .where(inRange(users.createdAt, range));
  const events = activity(behaviourEvents, behaviourEvents.userId, behaviourEvents.createdAt);
  const progress = activity(lessonProgress, lessonProgress.userId, lessonProgress.updatedAt);
  const [sizes, active] = await Promise.all([
    db
      .select({ cohortWeek: weekOf(users.createdAt), users: count() })
      .from(users)
      .where(inRange(users.createdAt, range))
      .groupBy(sql`1`),
    db
      .select({
        cohortWeek: sql<number>`a.cohort_week`.mapWith(Number),
        weekOffset: sql<number>`a.week_offset`.mapWith(Number),
        users: countDistinct(sql`a.user_id`),
      })
      .from(sql`(${events} UNION ALL ${progress}) a`)
      .groupBy(sql`a.cohort_week`, sql`a.week_offset`)
      .having(sql`a.week_offset <= ${weeks}`),
  ]);
  return buildCohortTable({ sizes, activity: active, asOf: now, weeks });
}
