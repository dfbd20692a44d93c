import 'server-only';

import { and, eq, isNull } from 'drizzle-orm';

import { db } from '@/db';
import { courses, lessonComments, reports, reviews, users, type ReportTarget } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { publicCourseWhere } from '@/lib/data/course-cards';
import { AppError, isDuplicateKeyError } from '@/lib/errors';
import { newId } from '@/lib/ids';
import type { ReportContentInput } from '@/lib/validation/reviews';

async function targetExists(type: ReportTarget, id: string): Promise<boolean> {
  const rows =
    type === 'review'
      ? await db
          .select({ id: reviews.id })
          .from(reviews)
          .innerJoin(courses, eq(courses.id, reviews.courseId))
          .where(and(eq(reviews.id, id), eq(reviews.status, 'visible'), publicCourseWhere))
      : type === 'comment'
        ? await db
            .select({ id: lessonComments.id })
            .from(lessonComments)
            .where(and(eq(lessonComments.id, id), eq(lessonComments.status, 'visible')))
        : type === 'course'
          ? await db
              .select({ id: courses.id })
              .from(courses)
              .where(and(eq(courses.id, id), publicCourseWhere))
          : await db
              .select({ id: users.id })
              .from(users)
              .where(and(eq(users.id, id), isNull(users.deletedAt)));
  return rows.length > 0;
}

/**
 * Queues content for moderator review (ABUSE-2): one report per (reporter, target) through the
 * unique key, so repeating a report changes nothing. Reports never hide content by themselves.
 */
export async function reportContent(
  viewer: Viewer,
  input: ReportContentInput,
): Promise<{ created: boolean }> {
  if (!(await targetExists(input.targetType, input.targetId)))
    throw new AppError('NOT_FOUND', 'Errors.notFound');
  try {
    await db.insert(reports).values({
      id: newId(),
      reporterId: viewer.id,
      targetType: input.targetType,
      targetId: input.targetId,
      reason: input.reason,
      details: input.details || null,
    });
    return { created: true };
  } catch (err) {
    if (isDuplicateKeyError(err)) return { created: false };
    throw err;
  }
}
