import 'server-only';

import { and, eq } from 'drizzle-orm';

import { courseSections, lessons } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { curriculumWrite } from '@/lib/data/studio-curriculum';
import { AppError } from '@/lib/errors';
import type { CurriculumOrder } from '@/lib/validation/studio-curriculum';

function sameSet(a: string[], b: Set<string>): boolean {
  return a.length === b.size && new Set(a).size === a.length && a.every((id) => b.has(id));
}

/**
 * Owner only: the full new order of sections and of lessons within them (lessons may change
 * section). It must name exactly this course's own section and lesson ids, each once: an id of
 * another course is NOT_FOUND and nothing is written (ACCESS-3). Positions are rewritten densely.
 */
export function reorderCurriculum(
  viewer: Viewer,
  seen: { courseId: string; version: number },
  order: CurriculumOrder,
) {
  const { courseId } = seen;
  return curriculumWrite(viewer, courseId, seen.version, async (tx) => {
    const [sectionRows, lessonRows] = await Promise.all([
      tx
        .select({ id: courseSections.id })
        .from(courseSections)
        .where(eq(courseSections.courseId, courseId)),
      tx.select({ id: lessons.id }).from(lessons).where(eq(lessons.courseId, courseId)),
    ]);
    const sectionIds = order.map((s) => s.id);
    const lessonIds = order.flatMap((s) => s.lessonIds);
    const ownSections = new Set(sectionRows.map((r) => r.id));
    const ownLessons = new Set(lessonRows.map((r) => r.id));
    // A foreign id looks like a missing one; a partial or duplicated list is a stale client.
    if (
      sectionIds.some((id) => !ownSections.has(id)) ||
      lessonIds.some((id) => !ownLessons.has(id))
    ) {
      throw new AppError('NOT_FOUND', 'Errors.notFound');
    }
    if (!sameSet(sectionIds, ownSections) || !sameSet(lessonIds, ownLessons)) {
      throw new AppError('BAD_REQUEST', 'StudioBuilder.errors.orderMismatch');
    }
    let lessonPosition = 0;
    for (const [position, section] of order.entries()) {
      await tx
        .update(courseSections)
        .set({ position })
        .where(and(eq(courseSections.id, section.id), eq(courseSections.courseId, courseId)));
      for (const lessonId of section.lessonIds) {
        await tx
          .update(lessons)
          .set({ sectionId: section.id, position: lessonPosition++ })
          .where(and(eq(lessons.id, lessonId), eq(lessons.courseId, courseId)));
      }
    }
  });
}
