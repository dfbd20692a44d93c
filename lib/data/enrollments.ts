import 'server-only';

import { and, eq, sql } from 'drizzle-orm';

import { db } from '@/db';
import { behaviourEvents, courses, enrollments } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { publicCourseWhere } from '@/lib/data/course-cards';
import { maybeScheduleRecsRebuild } from '@/lib/data/recs-rebuild';
import { AppError, isDuplicateKeyError } from '@/lib/errors';
import { newId } from '@/lib/ids';

export type FreeEnrollmentResult = { courseSlug: string; created: boolean };

/**
 * The viewer enrols themself in a published free course. Paid courses are refused here: their
 * enrolments come only from payment fulfilment (PAY-4). Idempotent through the unique
 * (user, course) key: a second call returns `created: false` and changes nothing.
 */
export async function enrolInFreeCourse(
  viewer: Viewer,
  courseId: string,
): Promise<FreeEnrollmentResult> {
  const [course] = await db
    .select({ id: courses.id, slug: courses.slug, priceMinor: courses.priceMinor })
    .from(courses)
    .where(and(eq(courses.id, courseId), publicCourseWhere))
    .limit(1);
  if (!course) throw new AppError('NOT_FOUND', 'Errors.notFound');
  if (course.priceMinor !== 0) throw new AppError('FORBIDDEN', 'Course.errors.notFree');

  try {
    await db.transaction(async (tx) => {
      await tx
        .insert(enrollments)
        .values({ id: newId(), userId: viewer.id, courseId: course.id, source: 'free' });
      // Counter kept in the same transaction as its source row (see the schema note).
      await tx
        .update(courses)
        .set({ enrollmentCount: sql`${courses.enrollmentCount} + 1` })
        .where(eq(courses.id, course.id));
      await tx
        .insert(behaviourEvents)
        .values({ userId: viewer.id, type: 'enroll', courseId: course.id });
    });
  } catch (err) {
    if (isDuplicateKeyError(err)) return { courseSlug: course.slug, created: false };
    throw err;
  }
  maybeScheduleRecsRebuild();
  return { courseSlug: course.slug, created: true };
}
