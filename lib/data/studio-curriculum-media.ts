import 'server-only';

import { and, eq } from 'drizzle-orm';

import { courses, lessons, mediaAssets, type LessonKind } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import {
  curriculumWrite,
  lessonOfCourse,
  recomputeCourseDuration,
} from '@/lib/data/studio-curriculum';
import { AppError } from '@/lib/errors';

/** Which uploaded kind each lesson kind plays; articles take no file. */
const MEDIA_FOR_LESSON: Record<LessonKind, string | null> = {
  video: 'video',
  audio: 'audio',
  pdf: 'pdf',
  article: null,
};

type Seen = { courseId: string; version: number };

/**
 * Owner only: attaches an uploaded file to a lesson. The file must belong to the course's creator
 * as stored (media → owner, lesson → course, ACCESS-3), fit the lesson's kind and be ready. The
 * lesson takes the file's duration and the course's total follows, in one transaction.
 */
export function attachLessonMedia(viewer: Viewer, seen: Seen, lessonId: string, mediaId: string) {
  return curriculumWrite(viewer, seen.courseId, seen.version, async (tx) => {
    const lesson = await lessonOfCourse(tx, seen.courseId, lessonId);
    const [media] = await tx
      .select({
        kind: mediaAssets.kind,
        status: mediaAssets.status,
        durationSec: mediaAssets.durationSec,
      })
      .from(mediaAssets)
      .innerJoin(courses, eq(courses.creatorId, mediaAssets.ownerId))
      .where(and(eq(mediaAssets.id, mediaId), eq(courses.id, seen.courseId)))
      .limit(1);
    // Someone else's file looks exactly like a missing one (ACCESS-1).
    if (!media) throw new AppError('NOT_FOUND', 'Errors.notFound');
    const wanted = MEDIA_FOR_LESSON[lesson.kind];
    if (media.kind !== wanted) {
      throw new AppError('BAD_REQUEST', 'StudioBuilder.errors.mediaKindMismatch');
    }
    if (media.status !== 'ready')
      throw new AppError('CONFLICT', 'StudioBuilder.errors.mediaNotReady');
    await tx
      .update(lessons)
      .set({ mediaId, durationSec: media.durationSec ?? 0 })
      .where(and(eq(lessons.id, lessonId), eq(lessons.courseId, seen.courseId)));
    await recomputeCourseDuration(tx, seen.courseId);
  });
}

/** Owner only: removes the lesson's file (the upload itself stays in the creator's library). */
export function detachLessonMedia(viewer: Viewer, seen: Seen, lessonId: string) {
  return curriculumWrite(viewer, seen.courseId, seen.version, async (tx) => {
    await lessonOfCourse(tx, seen.courseId, lessonId);
    await tx
      .update(lessons)
      .set({ mediaId: null, durationSec: 0 })
      .where(and(eq(lessons.id, lessonId), eq(lessons.courseId, seen.courseId)));
    await recomputeCourseDuration(tx, seen.courseId);
  });
}
