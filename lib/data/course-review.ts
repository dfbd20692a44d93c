import 'server-only';

import { and, eq, isNull } from 'drizzle-orm';

import { db } from '@/db';
import { courses, type CourseStatus } from '@/db/schema';
import { canModerate } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import type { CourseReviewReason } from '@/lib/course-review-reasons';
import { writeAudit } from '@/lib/data/audit';
import { takeCourseSnapshots } from '@/lib/data/course-snapshot';
import { reindexCourse } from '@/lib/data/search-index';
import { AppError } from '@/lib/errors';
import { ID_PATTERN } from '@/lib/ids';

export type ReviewDecision =
  | { decision: 'approve'; note: string }
  | { decision: 'reject'; reason: CourseReviewReason | null; note: string };

function requireRejectionReason(input: ReviewDecision): CourseReviewReason | null {
  if (input.decision === 'approve') return null;
  const note = input.note.trim();
  if (!input.reason) {
    throw new AppError('BAD_REQUEST', 'Validation.invalid', {
      fieldErrors: { reason: ['Admin.Reviews.errors.reasonRequired'] },
    });
  }
  // "Other" names no problem by itself, so the note has to.
  if (input.reason === 'other' && note.length === 0) {
    throw new AppError('BAD_REQUEST', 'Validation.invalid', {
      fieldErrors: { note: ['StudioBuilder.errors.noteRequired'] },
    });
  }
  return input.reason;
}

/**
 * Admins only (canModerate): decides a course in review. Approve publishes it, indexes it for search
 * and keeps what was approved as the snapshot the next review is compared with; reject sends it back
 * with a reason from the list and a note the creator sees. Status, reason, snapshot, index and the
 * audit row (ACCESS-5) are written in one transaction.
 */
export async function decideCourseReview(
  viewer: Viewer,
  courseId: string,
  input: ReviewDecision,
  actorIp = '',
): Promise<{ status: CourseStatus }> {
  if (!canModerate(viewer)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
  if (!ID_PATTERN.test(courseId)) throw new AppError('NOT_FOUND', 'Errors.notFound');
  const reason = requireRejectionReason(input);
  const note = input.note.trim();
  return db.transaction(async (tx) => {
    const [course] = await tx
      .select({
        status: courses.status,
        publishedAt: courses.publishedAt,
        reason: courses.moderationReason,
      })
      .from(courses)
      .where(and(eq(courses.id, courseId), isNull(courses.deletedAt)))
      .for('update')
      .limit(1);
    if (!course) throw new AppError('NOT_FOUND', 'Errors.notFound');
    if (course.status !== 'in_review') {
      throw new AppError('CONFLICT', 'StudioBuilder.errors.notInReview');
    }
    const approve = input.decision === 'approve';
    const status: CourseStatus = approve ? 'published' : 'rejected';
    const approved = approve
      ? (await takeCourseSnapshots(tx, [courseId])).get(courseId)
      : undefined;
    await tx
      .update(courses)
      .set({
        status,
        moderationNote: note || null,
        moderationReason: reason,
        ...(approved ? { approvedSnapshot: approved } : {}),
        publishedAt: approve ? (course.publishedAt ?? new Date()) : course.publishedAt,
      })
      .where(and(eq(courses.id, courseId), eq(courses.status, 'in_review')));
    await reindexCourse(tx, courseId);
    await writeAudit(tx, viewer, actorIp, {
      action: `course.review.${input.decision}`,
      targetType: 'course',
      targetId: courseId,
      before: { status: course.status, reason: course.reason },
      after: { status, reason },
      reason: [reason, note].filter(Boolean).join(': '),
    });
    return { status };
  });
}
