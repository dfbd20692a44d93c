import 'server-only';

import { and, asc, eq, gte, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { MySqlColumn } from 'drizzle-orm/mysql-core';

import { db } from '@/db';
import { behaviourEvents, courses } from '@/db/schema';
import { canUseStudio } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { AppError } from '@/lib/errors';
import type { AnalyticsRange } from '@/lib/validation/studio-analytics';

/*
 * What a studio analytics query may look at: the viewer's own courses (an admin sees their own here
 * too, as on the dashboard), optionally one of them, inside one window. A Scope is only made by
 * `resolveScope`, after the role and ownership checks, so no query can be handed a bare creator id
 * from a URL (ACCESS-3).
 */
declare const scopeBrand: unique symbol;
export type Scope = {
  readonly creatorId: string;
  readonly courseId: string | null;
  readonly range: AnalyticsRange;
  readonly [scopeBrand]: true;
};

export type AnalyticsCourse = { id: string; title: string };

export function assertStudioViewer(viewer: Viewer): void {
  if (!canUseStudio(viewer)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
}

/** Creator (or admin) only; the course, if any, must be the viewer's own and not deleted (else 404). */
export async function resolveScope(
  viewer: Viewer,
  filter: { courseId?: string; range: AnalyticsRange },
): Promise<{ scope: Scope; course: AnalyticsCourse | null }> {
  assertStudioViewer(viewer);
  let course: AnalyticsCourse | null = null;
  if (filter.courseId) course = await getOwnCourseOrThrow(viewer, filter.courseId);
  const scope = { creatorId: viewer.id, courseId: course?.id ?? null, range: filter.range };
  return { scope: scope as Scope, course };
}

/** Creator (or admin) only; the viewer's own, undeleted course, else NOT_FOUND (ACCESS-3). */
export async function getOwnCourseOrThrow(
  viewer: Viewer,
  courseId: string,
): Promise<AnalyticsCourse> {
  assertStudioViewer(viewer);
  const [row] = await db
    .select({ id: courses.id, title: courses.title })
    .from(courses)
    .where(
      and(eq(courses.id, courseId), eq(courses.creatorId, viewer.id), isNull(courses.deletedAt)),
    )
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND', 'Errors.notFound');
  return row;
}

/** Creator (or admin) only; their own courses for the picker, by title. */
export async function listAnalyticsCourses(viewer: Viewer): Promise<AnalyticsCourse[]> {
  assertStudioViewer(viewer);
  return db
    .select({ id: courses.id, title: courses.title })
    .from(courses)
    .where(and(eq(courses.creatorId, viewer.id), isNull(courses.deletedAt)))
    .orderBy(asc(courses.title), asc(courses.id))
    .limit(500);
}

/** The scope as SQL on a courses join: the creator's courses, or the one course. */
export function courseWhere(scope: Scope): SQL | undefined {
  return and(
    eq(courses.creatorId, scope.creatorId),
    scope.courseId ? eq(courses.id, scope.courseId) : undefined,
  );
}

/** `from <= column < to`, the window in UTC. */
export function inWindow(column: MySqlColumn, scope: Scope): SQL | undefined {
  return and(gte(column, scope.range.from), lt(column, scope.range.to));
}

/** The visitor key: the user when signed in, else the anonymous id (22 vs 36 characters, never equal). */
export const visitorKey = sql`COALESCE(${behaviourEvents.userId}, ${behaviourEvents.anonId})`;
