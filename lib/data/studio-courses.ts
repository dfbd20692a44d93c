import 'server-only';

import { and, eq, isNull, type SQL } from 'drizzle-orm';

import { db } from '@/db';
import { courses, type CourseLanguage, type CourseLevel, type CourseStatus } from '@/db/schema';
import { canEditCourse, canModerate, canUseStudio } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { reindexCourse } from '@/lib/data/search-index';
import { AppError } from '@/lib/errors';
import { ID_PATTERN } from '@/lib/ids';
import type { CourseDetailsInput } from '@/lib/validation/course-details';

export type CourseForEdit = {
  id: string;
  slug: string;
  title: string;
  subtitle: string;
  description: string;
  level: CourseLevel;
  language: CourseLanguage;
  status: CourseStatus;
};

/**
 * Ownership lives in the WHERE clause (ACCESS-3): a creator's query can only ever match their own
 * course; admins are not scoped. Anything else looks exactly like a missing course (404, ACCESS-1).
 */
export function editableBy(viewer: Viewer, courseId: string): SQL | undefined {
  const base = and(eq(courses.id, courseId), isNull(courses.deletedAt));
  return canModerate(viewer) ? base : and(base, eq(courses.creatorId, viewer.id));
}

export function assertStudioViewer(viewer: Viewer, courseId: string): void {
  if (!canUseStudio(viewer)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
  if (!ID_PATTERN.test(courseId)) throw new AppError('NOT_FOUND', 'Errors.notFound');
}

export async function getCourseForEditOrThrow(
  viewer: Viewer,
  courseId: string,
): Promise<CourseForEdit> {
  assertStudioViewer(viewer, courseId);
  const [row] = await db
    .select({
      id: courses.id,
      slug: courses.slug,
      title: courses.title,
      subtitle: courses.subtitle,
      description: courses.description,
      level: courses.level,
      language: courses.language,
      status: courses.status,
      creatorId: courses.creatorId,
      deletedAt: courses.deletedAt,
    })
    .from(courses)
    .where(editableBy(viewer, courseId))
    .limit(1);
  // The predicate re-states the rule on the row as stored (belt and braces over the SQL scope).
  if (!row || !canEditCourse(viewer, row)) throw new AppError('NOT_FOUND', 'Errors.notFound');
  const { creatorId: _c, deletedAt: _d, ...dto } = row;
  return dto;
}

/** Only the allow-listed fields are written; ownership is checked by the same scoped WHERE. */
export async function updateCourseDetails(
  viewer: Viewer,
  courseId: string,
  input: CourseDetailsInput,
): Promise<{ slug: string }> {
  const course = await getCourseForEditOrThrow(viewer, courseId);
  await db.transaction(async (tx) => {
    const [result] = await tx
      .update(courses)
      .set({
        title: input.title,
        subtitle: input.subtitle,
        description: input.description,
        level: input.level,
        language: input.language,
      })
      .where(editableBy(viewer, courseId));
    if (result.affectedRows !== 1) throw new AppError('NOT_FOUND', 'Errors.notFound');
    // The search index follows the new title and text in the same transaction.
    await reindexCourse(tx, courseId);
  });
  return { slug: course.slug };
}
