import 'server-only';

import { and, count, eq, isNotNull, sql } from 'drizzle-orm';

import { db } from '@/db';
import { enrollments, lessonProgress, lessons } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { loadLessonAccess } from '@/lib/data/lesson-access';
import { AppError } from '@/lib/errors';
import type { SaveProgressInput } from '@/lib/validation/learning';

export type SavedProgress = { completed: boolean; progressPercent: number };

/**
 * Records where an enrolled learner is in a lesson (ACCESS-2: access checked on the rows as stored;
 * only an active enrolment records progress). Idempotent and monotone: the furthest second only
 * grows (GREATEST) and a completion is never undone (COALESCE), so an old tab cannot rewind it.
 * The course's percent and "last lesson" are updated in the same transaction.
 */
export async function saveLessonProgress(
  viewer: Viewer,
  input: SaveProgressInput,
): Promise<SavedProgress> {
  const access = await loadLessonAccess(viewer, input.lessonId);
  if (!access || !access.visible) throw new AppError('NOT_FOUND', 'Errors.notFound');
  if (!access.allowed || access.enrollment?.status !== 'active')
    throw new AppError('FORBIDDEN', 'Learn.errors.notEnrolled');
  const courseId = access.course.id;
  const position = Math.max(0, Math.floor(input.positionSec));
  const completedAt = input.completed ? new Date() : null;

  return db.transaction(async (tx) => {
    await tx
      .insert(lessonProgress)
      .values({
        userId: viewer.id,
        lessonId: input.lessonId,
        courseId,
        positionSec: position,
        watchedSec: position,
        completedAt,
      })
      .onDuplicateKeyUpdate({
        set: {
          positionSec: sql`values(${lessonProgress.positionSec})`,
          watchedSec: sql`greatest(${lessonProgress.watchedSec}, values(${lessonProgress.watchedSec}))`,
          completedAt: sql`coalesce(${lessonProgress.completedAt}, values(${lessonProgress.completedAt}))`,
        },
      });
    const [[total], [done], [mine]] = await Promise.all([
      tx.select({ n: count() }).from(lessons).where(eq(lessons.courseId, courseId)),
      tx
        .select({ n: count() })
        .from(lessonProgress)
        .where(
          and(
            eq(lessonProgress.userId, viewer.id),
            eq(lessonProgress.courseId, courseId),
            isNotNull(lessonProgress.completedAt),
          ),
        ),
      tx
        .select({ completedAt: lessonProgress.completedAt })
        .from(lessonProgress)
        .where(
          and(eq(lessonProgress.userId, viewer.id), eq(lessonProgress.lessonId, input.lessonId)),
        ),
    ]);
    const percent = total?.n ? Math.min(100, Math.round(((done?.n ?? 0) / total.n) * 100)) : 0;
    await tx
      .update(enrollments)
      .set({
        progressPercent: percent,
        lastLessonId: input.lessonId,
        // The course's completion also never goes back once reached.
        completedAt:
          percent === 100
            ? sql`coalesce(${enrollments.completedAt}, now(3))`
            : sql`${enrollments.completedAt}`,
      })
      .where(and(eq(enrollments.userId, viewer.id), eq(enrollments.courseId, courseId)));
    return { completed: !!mine?.completedAt, progressPercent: percent };
  });
}
