import 'server-only';

import { and, asc, eq, sql } from 'drizzle-orm';

import { db, type Tx } from '@/db';
import { courseSections, courses, lessons, mediaAssets, type LessonKind } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { assertStudioViewer, editableBy } from '@/lib/data/studio-courses';
import { AppError } from '@/lib/errors';

export type CurriculumLesson = {
  id: string;
  title: string;
  kind: LessonKind;
  isPreview: boolean;
  body: string;
  captionsVtt: string;
  durationSec: number;
  media: { id: string; originalName: string; durationSec: number | null } | null;
};
export type CurriculumSection = { id: string; title: string; lessons: CurriculumLesson[] };
export type Curriculum = {
  courseId: string;
  version: number;
  durationSec: number;
  sections: CurriculumSection[];
};

/** Owner or admin: the curriculum as the builder edits it (bodies and captions included). */
export async function getCurriculum(viewer: Viewer, courseId: string): Promise<Curriculum> {
  assertStudioViewer(viewer, courseId);
  return loadCurriculum(db, viewer, courseId);
}

async function loadCurriculum(
  q: Tx | typeof db,
  viewer: Viewer,
  courseId: string,
): Promise<Curriculum> {
  const [course] = await q
    .select({ version: courses.curriculumVersion, durationSec: courses.durationSec })
    .from(courses)
    .where(editableBy(viewer, courseId))
    .limit(1);
  if (!course) throw new AppError('NOT_FOUND', 'Errors.notFound');
  const [sections, rows] = await Promise.all([
    q
      .select({ id: courseSections.id, title: courseSections.title })
      .from(courseSections)
      .where(eq(courseSections.courseId, courseId))
      .orderBy(asc(courseSections.position), asc(courseSections.createdAt)),
    q
      .select({
        id: lessons.id,
        sectionId: lessons.sectionId,
        title: lessons.title,
        kind: lessons.kind,
        isPreview: lessons.isPreview,
        body: lessons.body,
        captionsVtt: lessons.captionsVtt,
        durationSec: lessons.durationSec,
        mediaId: mediaAssets.id,
        mediaName: mediaAssets.originalName,
        mediaDuration: mediaAssets.durationSec,
      })
      .from(lessons)
      .leftJoin(mediaAssets, eq(mediaAssets.id, lessons.mediaId))
      .where(eq(lessons.courseId, courseId))
      .orderBy(asc(lessons.position), asc(lessons.createdAt)),
  ]);
  return {
    courseId,
    version: course.version,
    durationSec: course.durationSec,
    sections: sections.map((s) => ({
      ...s,
      lessons: rows
        .filter((r) => r.sectionId === s.id)
        .map((r) => ({
          id: r.id,
          title: r.title,
          kind: r.kind,
          isPreview: r.isPreview,
          body: r.body ?? '',
          captionsVtt: r.captionsVtt ?? '',
          durationSec: r.durationSec,
          media: r.mediaId
            ? { id: r.mediaId, originalName: r.mediaName ?? '', durationSec: r.mediaDuration }
            : null,
        })),
    })),
  };
}

/**
 * The optimistic lock every curriculum write takes first, inside its transaction: bump the version
 * only if it is still the one the client saw. Someone else's course is NOT_FOUND (ACCESS-3); a
 * stale version is CONFLICT, and the caller's transaction then writes nothing.
 */
async function bumpVersion(tx: Tx, viewer: Viewer, courseId: string, seen: number) {
  const [result] = await tx
    .update(courses)
    .set({ curriculumVersion: sql`${courses.curriculumVersion} + 1` })
    .where(and(editableBy(viewer, courseId), eq(courses.curriculumVersion, seen)));
  if (result.affectedRows === 1) return;
  const [exists] = await tx
    .select({ id: courses.id })
    .from(courses)
    .where(editableBy(viewer, courseId))
    .limit(1);
  if (!exists) throw new AppError('NOT_FOUND', 'Errors.notFound');
  throw new AppError('CONFLICT', 'StudioBuilder.errors.conflict');
}

/** courses.duration_sec is the sum of its lessons', rewritten in the writer's transaction. */
export async function recomputeCourseDuration(tx: Tx, courseId: string): Promise<void> {
  const [row] = await tx
    .select({ total: sql<number>`COALESCE(SUM(${lessons.durationSec}), 0)`.mapWith(Number) })
    .from(lessons)
    .where(eq(lessons.courseId, courseId));
  await tx
    .update(courses)
    .set({ durationSec: row?.total ?? 0 })
    .where(eq(courses.id, courseId));
}

/**
 * Runs one curriculum write: guard, version lock, the write, then the fresh curriculum, all in
 * one transaction (multi-row writes are atomic).
 */
export async function curriculumWrite(
  viewer: Viewer,
  courseId: string,
  seenVersion: number,
  write: (tx: Tx) => Promise<void>,
): Promise<Curriculum> {
  assertStudioViewer(viewer, courseId);
  return db.transaction(async (tx) => {
    await bumpVersion(tx, viewer, courseId, seenVersion);
    await write(tx);
    return loadCurriculum(tx, viewer, courseId);
  });
}

/** A section of this course as stored; any other id (another course's included) is NOT_FOUND. */
export async function sectionOfCourse(tx: Tx, courseId: string, sectionId: string) {
  const [row] = await tx
    .select({ id: courseSections.id })
    .from(courseSections)
    .where(and(eq(courseSections.id, sectionId), eq(courseSections.courseId, courseId)))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND', 'Errors.notFound');
  return row;
}

/** A lesson of this course as stored (lesson → course, ACCESS-3). */
export async function lessonOfCourse(tx: Tx, courseId: string, lessonId: string) {
  const [row] = await tx
    .select({ id: lessons.id, kind: lessons.kind, sectionId: lessons.sectionId })
    .from(lessons)
    .where(and(eq(lessons.id, lessonId), eq(lessons.courseId, courseId)))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND', 'Errors.notFound');
  return row;
}
