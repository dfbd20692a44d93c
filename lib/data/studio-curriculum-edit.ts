import 'server-only';

import { and, eq, sql } from 'drizzle-orm';

import type { Tx } from '@/db';
import { courseSections, lessons, type LessonKind } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import {
  curriculumWrite,
  lessonOfCourse,
  recomputeCourseDuration,
  sectionOfCourse,
  type Curriculum,
} from '@/lib/data/studio-curriculum';
import { AppError } from '@/lib/errors';
import { newId } from '@/lib/ids';
import type { UpdateLessonInput } from '@/lib/validation/studio-curriculum';

type Seen = { courseId: string; version: number };

async function nextPosition(
  tx: Tx,
  table: typeof courseSections | typeof lessons,
  where: ReturnType<typeof eq>,
) {
  const [row] = await tx
    .select({ n: sql<number>`COALESCE(MAX(${table.position}) + 1, 0)`.mapWith(Number) })
    .from(table)
    .where(where);
  return row?.n ?? 0;
}

/** Owner only: a new section at the end. */
export function addSection(viewer: Viewer, { courseId, version }: Seen, title: string) {
  return curriculumWrite(viewer, courseId, version, async (tx) => {
    const position = await nextPosition(tx, courseSections, eq(courseSections.courseId, courseId));
    await tx.insert(courseSections).values({ id: newId(), courseId, title, position });
  });
}

/** Owner only: renames a section of this course (section → course checked as stored). */
export function renameSection(viewer: Viewer, seen: Seen, sectionId: string, title: string) {
  return curriculumWrite(viewer, seen.courseId, seen.version, async (tx) => {
    await sectionOfCourse(tx, seen.courseId, sectionId);
    await tx
      .update(courseSections)
      .set({ title })
      .where(and(eq(courseSections.id, sectionId), eq(courseSections.courseId, seen.courseId)));
  });
}

/** Owner only: deletes a section with its lessons; the course duration follows in the same tx. */
export function deleteSection(viewer: Viewer, seen: Seen, sectionId: string) {
  return curriculumWrite(viewer, seen.courseId, seen.version, async (tx) => {
    await sectionOfCourse(tx, seen.courseId, sectionId);
    await tx
      .delete(lessons)
      .where(and(eq(lessons.sectionId, sectionId), eq(lessons.courseId, seen.courseId)));
    await tx
      .delete(courseSections)
      .where(and(eq(courseSections.id, sectionId), eq(courseSections.courseId, seen.courseId)));
    await recomputeCourseDuration(tx, seen.courseId);
  });
}

/** Owner only: a new lesson at the end of one of this course's sections. */
export function addLesson(
  viewer: Viewer,
  seen: Seen,
  input: { sectionId: string; title: string; kind: LessonKind },
): Promise<Curriculum> {
  return curriculumWrite(viewer, seen.courseId, seen.version, async (tx) => {
    await sectionOfCourse(tx, seen.courseId, input.sectionId);
    const position = await nextPosition(tx, lessons, eq(lessons.courseId, seen.courseId));
    await tx.insert(lessons).values({
      id: newId(),
      courseId: seen.courseId,
      sectionId: input.sectionId,
      title: input.title,
      kind: input.kind,
      position,
    });
  });
}

/**
 * Owner only: title, free-preview flag, markdown body and (video/audio) WebVTT captions. The kind,
 * media and duration are not editable here.
 */
export function updateLesson(
  viewer: Viewer,
  seen: Seen,
  input: Pick<UpdateLessonInput, 'lessonId' | 'title' | 'isPreview' | 'body' | 'captionsVtt'>,
) {
  return curriculumWrite(viewer, seen.courseId, seen.version, async (tx) => {
    const lesson = await lessonOfCourse(tx, seen.courseId, input.lessonId);
    const takesCaptions = lesson.kind === 'video' || lesson.kind === 'audio';
    if (input.captionsVtt && !takesCaptions) {
      throw new AppError('BAD_REQUEST', 'Validation.invalid', {
        fieldErrors: { captionsVtt: ['StudioBuilder.errors.captionsInvalid'] },
      });
    }
    await tx
      .update(lessons)
      .set({
        title: input.title,
        isPreview: input.isPreview,
        body: input.body,
        ...(input.captionsVtt !== undefined && takesCaptions
          ? { captionsVtt: input.captionsVtt }
          : {}),
      })
      .where(and(eq(lessons.id, input.lessonId), eq(lessons.courseId, seen.courseId)));
  });
}

/** Owner only: deletes one lesson; the course duration follows in the same tx. */
export function deleteLesson(viewer: Viewer, seen: Seen, lessonId: string) {
  return curriculumWrite(viewer, seen.courseId, seen.version, async (tx) => {
    await lessonOfCourse(tx, seen.courseId, lessonId);
    await tx
      .delete(lessons)
      .where(and(eq(lessons.id, lessonId), eq(lessons.courseId, seen.courseId)));
    await recomputeCourseDuration(tx, seen.courseId);
  });
}
