import 'server-only';

import { and, eq, isNull } from 'drizzle-orm';

import { db } from '@/db';
import { courses, enrollments, lessonComments, lessons } from '@/db/schema';
import { canAccessLesson } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { AppError } from '@/lib/errors';
import { newId } from '@/lib/ids';
import { consumeLimit } from '@/lib/rate-limit';
import type { PostCommentInput } from '@/lib/validation/questions';

export type LessonAccess = { lessonId: string; courseId: string; creatorId: string };

/**
 * The lesson as stored, if the viewer may open it (canAccessLesson: preview, owner, admin or an
 * active enrolment). Anything else, including a lesson that does not exist, is NOT_FOUND.
 */
export async function requireLessonAccess(
  viewer: Viewer | null,
  lessonId: string,
): Promise<LessonAccess> {
  const [row] = await db
    .select({
      lessonId: lessons.id,
      isPreview: lessons.isPreview,
      courseId: courses.id,
      creatorId: courses.creatorId,
      status: courses.status,
      deletedAt: courses.deletedAt,
      enrolment: enrollments.status,
    })
    .from(lessons)
    .innerJoin(courses, eq(courses.id, lessons.courseId))
    .leftJoin(
      enrollments,
      and(eq(enrollments.courseId, courses.id), eq(enrollments.userId, viewer?.id ?? '')),
    )
    .where(eq(lessons.id, lessonId))
    .limit(1);
  const allowed =
    !!row &&
    canAccessLesson(
      viewer,
      { creatorId: row.creatorId, status: row.status, deletedAt: row.deletedAt },
      { isPreview: row.isPreview },
      row.enrolment ? { status: row.enrolment } : null,
    );
  if (!row || !allowed) throw new AppError('NOT_FOUND', 'Errors.notFound');
  return { lessonId: row.lessonId, courseId: row.courseId, creatorId: row.creatorId };
}

/** Posts a question, or an answer to a visible question of the same lesson (ABUSE-2 limits). */
export async function postComment(
  viewer: Viewer,
  input: PostCommentInput,
): Promise<{ id: string }> {
  const lesson = await requireLessonAccess(viewer, input.lessonId);
  if (input.parentId) {
    const [parent] = await db
      .select({ id: lessonComments.id })
      .from(lessonComments)
      .where(
        and(
          eq(lessonComments.id, input.parentId),
          eq(lessonComments.lessonId, lesson.lessonId),
          eq(lessonComments.status, 'visible'),
          // One level only: answers are never parents.
          isNull(lessonComments.parentId),
        ),
      )
      .limit(1);
    if (!parent) throw new AppError('NOT_FOUND', 'Errors.notFound');
  }
  await consumeLimit('commentMinute', viewer.id);
  await consumeLimit('commentDaily', viewer.id);
  const id = newId();
  await db.insert(lessonComments).values({
    id,
    lessonId: lesson.lessonId,
    courseId: lesson.courseId,
    userId: viewer.id,
    parentId: input.parentId,
    body: input.body,
  });
  return { id };
}

/** The author's own visible comment, while they can still open its lesson. */
async function ownComment(viewer: Viewer, commentId: string) {
  const [row] = await db
    .select({ lessonId: lessonComments.lessonId })
    .from(lessonComments)
    .where(
      and(
        eq(lessonComments.id, commentId),
        eq(lessonComments.userId, viewer.id),
        eq(lessonComments.status, 'visible'),
      ),
    )
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND', 'Errors.notFound');
  await requireLessonAccess(viewer, row.lessonId);
}

export async function editComment(viewer: Viewer, commentId: string, body: string): Promise<void> {
  await ownComment(viewer, commentId);
  await db
    .update(lessonComments)
    .set({ body })
    .where(and(eq(lessonComments.id, commentId), eq(lessonComments.userId, viewer.id)));
}

/** Soft delete: the row stays for moderation history; it and its answers leave the page. */
export async function deleteComment(viewer: Viewer, commentId: string): Promise<void> {
  await ownComment(viewer, commentId);
  await db
    .update(lessonComments)
    .set({ status: 'removed' })
    .where(and(eq(lessonComments.id, commentId), eq(lessonComments.userId, viewer.id)));
}
