import 'server-only';

import { and, eq, isNull } from 'drizzle-orm';

import { db } from '@/db';
import { auditLog, courses, type CourseStatus } from '@/db/schema';
import { canModerate } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { reindexCourse } from '@/lib/data/search-index';
import { AppError } from '@/lib/errors';
import { ID_PATTERN } from '@/lib/ids';

export type ReviewDecision = 'approve' | 'reject';

/**
 * Admins only (canModerate): decides a course in review. Approve publishes it and indexes it for
 * search; reject sends it back with a note the creator sees. Status, note, index and the audit row
 * (ACCESS-5) are written in one transaction.
 */
export async function decideCourseReview(
  viewer: Viewer,
  courseId: string,
  decision: ReviewDecision,
  note: string,
  actorIp = '',
): Promise<{ status: CourseStatus }> {
  if (!canModerate(viewer)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
  if (!ID_PATTERN.test(courseId)) throw new AppError('NOT_FOUND', 'Errors.notFound');
  if (decision === 'reject' && note.trim().length === 0) {
    throw new AppError('BAD_REQUEST', 'Validation.invalid', {
      fieldErrors: { note: ['StudioBuilder.errors.noteRequired'] },
    });
  }
  return db.transaction(async (tx) => {
    const [course] = await tx
      .select({ status: courses.status, publishedAt: courses.publishedAt })
      .from(courses)
      .where(and(eq(courses.id, courseId), isNull(courses.deletedAt)))
      .for('update')
      .limit(1);
    if (!course) throw new AppError('NOT_FOUND', 'Errors.notFound');
    if (course.status !== 'in_review') {
      throw new AppError('CONFLICT', 'StudioBuilder.errors.notInReview');
    }
    const status: CourseStatus = decision === 'approve' ? 'published' : 'rejected';
    await tx
      .update(courses)
      .set({
        status,
        moderationNote: note.trim() || null,
        publishedAt:
          decision === 'approve' ? (course.publishedAt ?? new Date()) : course.publishedAt,
      })
      .where(and(eq(courses.id, courseId), eq(courses.status, 'in_review')));
    await reindexCourse(tx, courseId);
    await tx.insert(auditLog).values({
      actorUserId: viewer.id,
      actorIp: actorIp.slice(0, 45),
      action: `course.review.${decision}`,
      targetType: 'course',
      targetId: courseId,
      before: { status: course.status },
      after: { status },
      reason: note.trim().slice(0, 1000) || null,
    });
    return { status };
  });
}
