import { randomBytes } from 'node:crypto';

import { eq } from 'drizzle-orm';

import { db } from '@/db';
import { courseSections, courses, lessons, mediaAssets } from '@/db/schema';
import { newId } from '@/lib/ids';
import { writeStoredFile } from '@/lib/storage/local-files';

import { makeCourse } from './dashboard-fixtures';

/** Test media lives under one scope per test file so it can be removed afterwards. */
export const TEST_MEDIA_SCOPE = `media/test-lessons-${newId(8)}`;

export type LessonCourse = {
  courseId: string;
  slug: string;
  /** A free-preview video, a paid video, a paid article: in this order in the curriculum. */
  previewLessonId: string;
  paidLessonId: string;
  articleLessonId: string;
  bytes: Buffer;
};

/** A course with a free preview, a paid media lesson (with captions) and a paid article. */
export async function makeLessonCourse(
  creatorId: string,
  opts: { status?: 'published' | 'draft'; priceMinor?: number; size?: number } = {},
): Promise<LessonCourse> {
  const courseId = await makeCourse(creatorId, {
    status: opts.status ?? 'published',
    priceMinor: opts.priceMinor ?? 2000,
  });
  const [course] = await db
    .select({ slug: courses.slug })
    .from(courses)
    .where(eq(courses.id, courseId));
  const bytes = randomBytes(opts.size ?? 4096);
  const mediaId = newId();
  const storageKey = `${TEST_MEDIA_SCOPE}/${mediaId}.mp4`;
  await writeStoredFile(storageKey, bytes);
  await db.insert(mediaAssets).values({
    id: mediaId,
    ownerId: creatorId,
    kind: 'video',
    status: 'ready',
    storageKey,
    mimeType: 'video/mp4',
    sizeBytes: bytes.length,
    originalName: 'lesson video.mp4',
  });
  const sectionId = newId();
  await db.insert(courseSections).values({ id: sectionId, courseId, title: 'Start', position: 0 });
  const ids = { previewLessonId: newId(), paidLessonId: newId(), articleLessonId: newId() };
  await db.insert(lessons).values([
    {
      id: ids.previewLessonId,
      courseId,
      sectionId,
      title: 'Preview',
      kind: 'video',
      position: 0,
      isPreview: true,
      mediaId,
      durationSec: 30,
    },
    {
      id: ids.paidLessonId,
      courseId,
      sectionId,
      title: 'Paid',
      kind: 'video',
      position: 1,
      body: 'PAID-NOTES-MARKER',
      mediaId,
      captionsVtt: 'WEBVTT\n\n00:00.000 --> 00:02.000\nHello\n',
      durationSec: 30,
    },
    {
      id: ids.articleLessonId,
      courseId,
      sectionId,
      title: 'Article',
      kind: 'article',
      position: 2,
      body: 'PAID-ARTICLE-MARKER',
      durationSec: 120,
    },
  ]);
  return { courseId, slug: course!.slug, ...ids, bytes };
}

/** A draft video lesson playing an existing media row, in a course of its own creator. */
export async function addMediaLesson(courseId: string, mediaId: string): Promise<string> {
  const sectionId = newId();
  await db.insert(courseSections).values({ id: sectionId, courseId, title: 'Media', position: 0 });
  const lessonId = newId();
  await db.insert(lessons).values({
    id: lessonId,
    courseId,
    sectionId,
    title: 'Uploaded',
    kind: 'video',
    position: 0,
    mediaId,
  });
  return lessonId;
}
