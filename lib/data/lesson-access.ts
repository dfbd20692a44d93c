import 'server-only';

import { createHmac } from 'node:crypto';

import { and, eq } from 'drizzle-orm';

import { db } from '@/db';
import { courses, enrollments, lessons, mediaAssets, type LessonKind } from '@/db/schema';
import { canAccessLesson, canEditCourse } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { ID_PATTERN } from '@/lib/ids';
import { MEDIA_URL_TTL_SEC, signedMediaQuery, verifyMedia } from '@/lib/media/signing';

/** A lesson with its course and the viewer's enrolment, as stored; never leaves lib/data. */
export type LessonAccessRow = {
  lesson: {
    id: string;
    courseId: string;
    title: string;
    kind: LessonKind;
    isPreview: boolean;
    body: string | null;
    mediaId: string | null;
    hasCaptions: boolean;
    durationSec: number;
  };
  course: {
    id: string;
    slug: string;
    title: string;
    priceMinor: number;
    currency: string;
    creatorId: string;
    status: string;
    deletedAt: Date | null;
    coverUrl: string | null;
  };
  enrollment: { status: string } | null;
  /** ACCESS-2: the one predicate's answer for this viewer. */
  allowed: boolean;
  /** The course is visible at all to this viewer (published, enrolled in, or theirs to edit). */
  visible: boolean;
};

/**
 * Loads a lesson and decides access with `canAccessLesson` on the rows as stored (ACCESS-2). The
 * lesson page, the media route, the URL issuer and the progress writer all go through here.
 */
export async function loadLessonAccess(
  viewer: Viewer | null,
  lessonId: string,
): Promise<LessonAccessRow | null> {
  if (!ID_PATTERN.test(lessonId)) return null;
  const [row] = await db
    .select({
      id: lessons.id,
      courseId: lessons.courseId,
      title: lessons.title,
      kind: lessons.kind,
      isPreview: lessons.isPreview,
      body: lessons.body,
      mediaId: lessons.mediaId,
      captionsVtt: lessons.captionsVtt,
      durationSec: lessons.durationSec,
      slug: courses.slug,
      courseTitle: courses.title,
      priceMinor: courses.priceMinor,
      currency: courses.currency,
      creatorId: courses.creatorId,
      status: courses.status,
      deletedAt: courses.deletedAt,
      coverUrl: courses.coverUrl,
    })
    .from(lessons)
    .innerJoin(courses, eq(courses.id, lessons.courseId))
    .where(eq(lessons.id, lessonId))
    .limit(1);
  if (!row) return null;
  const enrollment = viewer
    ? ((
        await db
          .select({ status: enrollments.status })
          .from(enrollments)
          .where(and(eq(enrollments.userId, viewer.id), eq(enrollments.courseId, row.courseId)))
          .limit(1)
      )[0] ?? null)
    : null;
  const course = {
    id: row.courseId,
    slug: row.slug,
    title: row.courseTitle,
    priceMinor: row.priceMinor,
    currency: row.currency,
    creatorId: row.creatorId,
    status: row.status,
    deletedAt: row.deletedAt,
    coverUrl: row.coverUrl,
  };
  const lesson = {
    id: row.id,
    courseId: row.courseId,
    title: row.title,
    kind: row.kind,
    isPreview: row.isPreview,
    body: row.body,
    mediaId: row.mediaId,
    hasCaptions: !!row.captionsVtt,
    durationSec: row.durationSec,
  };
  // Learners who bought the course still reach it after it is unpublished or archived.
  const visible =
    !course.deletedAt &&
    (course.status === 'published' ||
      enrollment?.status === 'active' ||
      canEditCourse(viewer, course));
  return {
    lesson,
    course,
    enrollment,
    allowed: visible && canAccessLesson(viewer, course, lesson, enrollment),
    visible,
  };
}

/** The key for media URLs: MEDIA_SIGNING_KEY, or one derived from AUTH_SECRET when it is unset. */
function signingKey(): string {
  if (env.MEDIA_SIGNING_KEY) return env.MEDIA_SIGNING_KEY;
  return createHmac('sha256', env.AUTH_SECRET).update('zhishi:media-url').digest('hex');
}

/**
 * URL of a lesson's media for this viewer, or null when they may not have it (ACCESS-2, UPLOAD-5).
 * Free previews get a plain URL (cacheable per lesson, playable signed out); everything else a URL
 * signed for this user that expires in MEDIA_URL_TTL_SEC.
 */
export function mediaUrlFor(
  viewer: Viewer | null,
  access: Pick<LessonAccessRow, 'allowed' | 'lesson'>,
  nowSec: number = Math.floor(Date.now() / 1000),
): string | null {
  if (!access.allowed) return null;
  const base = `/api/media/${access.lesson.id}`;
  if (access.lesson.isPreview) return base;
  if (!viewer) return null;
  const exp = nowSec + MEDIA_URL_TTL_SEC;
  return `${base}?${signedMediaQuery(signingKey(), { userId: viewer.id, lessonId: access.lesson.id, exp })}`;
}

/** Issues a lesson's media URL or throws: NOT_FOUND for hidden lessons, FORBIDDEN without access. */
export async function issueMediaUrl(viewer: Viewer | null, lessonId: string): Promise<string> {
  const access = await loadLessonAccess(viewer, lessonId);
  if (!access || !access.visible) throw new AppError('NOT_FOUND', 'Errors.notFound');
  const url = mediaUrlFor(viewer, access);
  if (!url) throw new AppError('FORBIDDEN', 'Learn.errors.locked');
  return url;
}

export type MediaSignature = { u?: string; e?: number; s?: string };

export type ServableMedia = {
  storageKey: string;
  mimeType: string;
  fileName: string;
  captionsVtt: string | null;
};

/**
 * What the media route may stream. Runs on every request, ranges included (UPLOAD-6): session and
 * entitlement first (ACCESS-2), then, for anything but a free preview, a signature that must be
 * unexpired, for this lesson and for the signed-in user (UPLOAD-5).
 */
export async function getServableMedia(
  viewer: Viewer | null,
  lessonId: string,
  sig: MediaSignature,
): Promise<ServableMedia> {
  const access = await loadLessonAccess(viewer, lessonId);
  if (!access || !access.visible) throw new AppError('NOT_FOUND', 'Errors.notFound');
  if (!access.allowed) throw new AppError('FORBIDDEN', 'Learn.errors.locked');
  if (!access.lesson.isPreview) {
    if (!viewer || !sig.u || !sig.e || !sig.s || sig.u !== viewer.id)
      throw new AppError('FORBIDDEN', 'Learn.errors.badSignature');
    const claims = { userId: viewer.id, lessonId, exp: sig.e };
    if (verifyMedia(signingKey(), claims, sig.s) !== 'ok')
      throw new AppError('FORBIDDEN', 'Learn.errors.badSignature');
  }
  const [row] = await db
    .select({
      storageKey: mediaAssets.storageKey,
      mimeType: mediaAssets.mimeType,
      fileName: mediaAssets.originalName,
      status: mediaAssets.status,
      captionsVtt: lessons.captionsVtt,
    })
    .from(lessons)
    .innerJoin(mediaAssets, eq(mediaAssets.id, lessons.mediaId))
    .where(eq(lessons.id, lessonId))
    .limit(1);
  if (!row || row.status !== 'ready') throw new AppError('NOT_FOUND', 'Errors.notFound');
  return {
    storageKey: row.storageKey,
    mimeType: row.mimeType,
    fileName: row.fileName,
    captionsVtt: row.captionsVtt,
  };
}
