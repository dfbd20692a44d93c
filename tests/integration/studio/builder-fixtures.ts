import { eq } from 'drizzle-orm';

import { db } from '@/db';
import { categories, courseSections, courses, lessons, mediaAssets } from '@/db/schema';
import { getViewer } from '@/lib/auth/guards';
import { newId } from '@/lib/ids';
import {
  SESSION_COOKIE,
  sessionToken,
  sessionVersionOf,
  type TestUser,
} from '@/tests/support/auth-users';
import { replaceCookies, resetRequest } from '@/tests/support/next-headers';

/** Signs the next action calls in as `user` (a real session cookie through the one guard). */
export async function actAs(user: TestUser) {
  resetRequest();
  replaceCookies([
    { name: SESSION_COOKIE, value: await sessionToken(user.id, await sessionVersionOf(user.id)) },
  ]);
  return (await getViewer())!;
}

export async function makeCategory(): Promise<string> {
  const id = newId();
  await db.insert(categories).values({ id, slug: `cat-${id}`, nameEn: 'Cat', nameZh: '类' });
  return id;
}

export async function courseRow(id: string) {
  const [row] = await db.select().from(courses).where(eq(courses.id, id));
  return row!;
}

export async function addSection(courseId: string, title: string, position: number) {
  const id = newId();
  await db.insert(courseSections).values({ id, courseId, title, position });
  return id;
}

export async function addLesson(
  courseId: string,
  sectionId: string,
  opts: {
    title?: string;
    kind?: 'video' | 'audio' | 'article' | 'pdf';
    position?: number;
    body?: string | null;
    durationSec?: number;
    mediaId?: string | null;
  } = {},
) {
  const id = newId();
  await db.insert(lessons).values({
    id,
    courseId,
    sectionId,
    title: opts.title ?? `Lesson ${id.slice(0, 5)}`,
    kind: opts.kind ?? 'article',
    position: opts.position ?? 0,
    body: opts.body ?? null,
    durationSec: opts.durationSec ?? 0,
    mediaId: opts.mediaId ?? null,
  });
  return id;
}

/** A media row as the upload pipeline leaves it; tests insert it directly (no file needed). */
export async function makeMedia(
  ownerId: string,
  opts: {
    kind?: 'video' | 'audio' | 'pdf' | 'image';
    status?: 'pending' | 'ready' | 'rejected';
    durationSec?: number | null;
  } = {},
) {
  const id = newId();
  await db.insert(mediaAssets).values({
    id,
    ownerId,
    kind: opts.kind ?? 'video',
    storageKey: `media/builder-test/${id}`,
    mimeType: 'video/mp4',
    sizeBytes: 1000,
    originalName: `clip-${id.slice(0, 4)}.mp4`,
    status: opts.status ?? 'ready',
    durationSec: opts.durationSec === undefined ? 120 : opts.durationSec,
  });
  return id;
}

export async function lessonRows(courseId: string) {
  return db.select().from(lessons).where(eq(lessons.courseId, courseId));
}
