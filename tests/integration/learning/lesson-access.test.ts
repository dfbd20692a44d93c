import { rm } from 'node:fs/promises';
import path from 'node:path';

import { and, eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { db } from '@/db';
import { enrollments, lessonProgress } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { env } from '@/lib/env';
import { signedMediaQuery } from '@/lib/media/signing';
import { enroll, makeUser } from '@/tests/support/dashboard-fixtures';
import {
  makeLessonCourse,
  TEST_MEDIA_SCOPE,
  type LessonCourse,
} from '@/tests/support/lesson-fixtures';

// The route reads the session through getViewer(); each case sets who is asking.
let current: Viewer | null = null;
vi.mock('@/lib/auth/guards', () => ({ getViewer: async () => current }));

const { GET } = await import('@/app/api/media/[lessonId]/route');
const { getLessonPage } = await import('@/lib/data/lessons');
const { issueMediaUrl } = await import('@/lib/data/lesson-access');
const { saveLessonProgress } = await import('@/lib/data/progress');

type Who =
  | 'visitor'
  | 'notEnrolled'
  | 'suspended'
  | 'enrolled'
  | 'refunded'
  | 'otherCreator'
  | 'owner'
  | 'admin';
const WHO: Who[] = [
  'visitor',
  'notEnrolled',
  'suspended',
  'enrolled',
  'refunded',
  'otherCreator',
  'owner',
  'admin',
];
/** Expected access to the PAID lesson; everyone may open the free preview of a published course. */
const PAID_ALLOWED: Record<Who, boolean> = {
  visitor: false,
  notEnrolled: false,
  suspended: false,
  enrolled: true,
  refunded: false,
  otherCreator: false,
  owner: true,
  admin: true,
};

let course: LessonCourse;
const viewers = {} as Record<Who, Viewer | null>;

beforeAll(async () => {
  const owner = await makeUser('creator');
  course = await makeLessonCourse(owner.id);
  viewers.visitor = null;
  viewers.owner = owner;
  viewers.otherCreator = await makeUser('creator');
  viewers.admin = await makeUser('admin');
  viewers.notEnrolled = await makeUser('learner');
  viewers.enrolled = await makeUser('learner');
  viewers.suspended = await makeUser('learner');
  viewers.refunded = await makeUser('learner');
  await enroll(viewers.enrolled.id, course.courseId);
  await enroll(viewers.suspended.id, course.courseId, { status: 'suspended' });
  await enroll(viewers.refunded.id, course.courseId, { status: 'revoked' });
});

afterAll(async () => {
  await rm(path.resolve(env.MEDIA_ROOT, TEST_MEDIA_SCOPE), { recursive: true, force: true });
});

function mediaRequest(url: string, headers: Record<string, string> = {}) {
  const u = new URL(url, 'http://localhost');
  const lessonId = u.pathname.split('/').pop()!;
  return GET(new NextRequest(u, { headers }), { params: Promise.resolve({ lessonId }) });
}

/** A correctly signed URL for `viewer` (as if the signing key had issued it): the route must still check entitlement. */
function forgedUrl(viewer: Viewer, lessonId: string, exp = Math.floor(Date.now() / 1000) + 300) {
  const q = signedMediaQuery(env.MEDIA_SIGNING_KEY!, { userId: viewer.id, lessonId, exp });
  return `/api/media/${lessonId}?${q}`;
}

const progressRows = (userId: string, lessonId: string) =>
  db
    .select()
    .from(lessonProgress)
    .where(and(eq(lessonProgress.userId, userId), eq(lessonProgress.lessonId, lessonId)));
const enrollmentRow = (userId: string, courseId: string) =>
  db
    .select()
    .from(enrollments)
    .where(and(eq(enrollments.userId, userId), eq(enrollments.courseId, courseId)));
const revoke = (userId: string, courseId: string) =>
  db
    .update(enrollments)
    .set({ status: 'revoked' })
    .where(and(eq(enrollments.userId, userId), eq(enrollments.courseId, courseId)));

describe('ACCESS-2 matrix: lesson page loader, URL issuer, media route', () => {
  for (const who of WHO) {
    it(`ACCESS-2: ${who} on the free preview → allowed everywhere`, async () => {
      current = viewers[who];
      const page = await getLessonPage(current, course.slug, course.previewLessonId);
      expect(page?.access).toBe('open');
      const url = await issueMediaUrl(current, course.previewLessonId);
      const res = await mediaRequest(url);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer())).toEqual(course.bytes);
    });

    it(`ACCESS-2: ${who} on the paid lesson → ${PAID_ALLOWED[who] ? 'allowed' : 'denied'}`, async () => {
      current = viewers[who];
      const page = await getLessonPage(current, course.slug, course.paidLessonId);
      const article = await getLessonPage(current, course.slug, course.articleLessonId);
      if (PAID_ALLOWED[who]) {
        expect(page?.access).toBe('open');
        expect(page?.access === 'open' && page.body).toBe('PAID-NOTES-MARKER');
        expect(article?.access === 'open' && article.body).toBe('PAID-ARTICLE-MARKER');
        const url = await issueMediaUrl(current, course.paidLessonId);
        const res = await mediaRequest(url);
        expect(res.status).toBe(200);
        expect(Buffer.from(await res.arrayBuffer())).toEqual(course.bytes);
        const captions = await mediaRequest(`${url}&track=captions`);
        expect(captions.status).toBe(200);
        expect(await captions.text()).toContain('WEBVTT');
      } else {
        // Locked: titles only, never the body or a media URL.
        expect(page?.access).toBe('locked');
        expect(JSON.stringify(page)).not.toContain('PAID-NOTES-MARKER');
        expect(JSON.stringify(article)).not.toContain('PAID-ARTICLE-MARKER');
        await expect(issueMediaUrl(current, course.paidLessonId)).rejects.toMatchObject({
          code: 'FORBIDDEN',
        });
        const unsigned = await mediaRequest(`/api/media/${course.paidLessonId}`);
        expect(unsigned.status).toBe(403);
        if (current) {
          const res = await mediaRequest(forgedUrl(current, course.paidLessonId), {
            range: 'bytes=0-9',
          });
          // Denied before any range handling: a 403, never a 206.
          expect(res.status).toBe(403);
        }
      }
    });
  }
});

describe('signed media URLs', () => {
  it('UPLOAD-5: an unsigned request for a paid lesson gets 403 even from an entitled session', async () => {
    for (const who of ['enrolled', 'owner', 'admin'] as const) {
      current = viewers[who];
      expect((await mediaRequest(`/api/media/${course.paidLessonId}`)).status).toBe(403);
    }
  });

  it('UPLOAD-5: a URL past its expiry gets 403', async () => {
    current = viewers.enrolled;
    const res = await mediaRequest(forgedUrl(current!, course.paidLessonId, 1000));
    expect(res.status).toBe(403);
  });

  it('UPLOAD-5: a URL issued to another user gets 403 with this session', async () => {
    const url = await issueMediaUrl(viewers.enrolled, course.paidLessonId);
    current = viewers.owner;
    expect((await mediaRequest(url)).status).toBe(403);
    current = null;
    expect((await mediaRequest(url)).status).toBe(403);
  });

  it('UPLOAD-5: a URL with its lesson id changed gets 403', async () => {
    current = viewers.enrolled;
    const url = await issueMediaUrl(current, course.paidLessonId);
    const moved = url.replace(course.paidLessonId, course.articleLessonId);
    expect((await mediaRequest(moved)).status).toBe(403);
    const tampered = url.replace(/s=[^&]+/, 's=AAAA');
    expect((await mediaRequest(tampered)).status).toBe(403);
  });

  it('UPLOAD-5: the issued URL carries an expiry within minutes', async () => {
    const url = await issueMediaUrl(viewers.enrolled, course.paidLessonId);
    const exp = Number(new URL(url, 'http://x').searchParams.get('e'));
    const now = Math.floor(Date.now() / 1000);
    expect(exp - now).toBeGreaterThan(0);
    expect(exp - now).toBeLessThanOrEqual(15 * 60);
  });

  it('UPLOAD-5: a refund takes effect on the next request of an already issued URL', async () => {
    const learner = await makeUser('learner');
    await enroll(learner.id, course.courseId);
    current = learner;
    const url = await issueMediaUrl(learner, course.paidLessonId);
    expect((await mediaRequest(url)).status).toBe(200);
    await revoke(learner.id, course.courseId);
    expect((await mediaRequest(url)).status).toBe(403);
  });
});

describe('range requests', () => {
  it('UPLOAD-6: bytes=0-99 → 206 with exactly those bytes and the headers', async () => {
    current = viewers.enrolled;
    const url = await issueMediaUrl(current, course.paidLessonId);
    const res = await mediaRequest(url, { range: 'bytes=0-99' });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes 0-99/${course.bytes.length}`);
    expect(res.headers.get('content-length')).toBe('100');
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toContain('private');
    expect(res.headers.get('content-type')).toBe('video/mp4');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(course.bytes.subarray(0, 100));
  });

  it('UPLOAD-6: a middle range and a suffix range return the same bytes as the file', async () => {
    current = viewers.enrolled;
    const url = await issueMediaUrl(current, course.paidLessonId);
    const mid = await mediaRequest(url, { range: 'bytes=1000-2047' });
    expect(Buffer.from(await mid.arrayBuffer())).toEqual(course.bytes.subarray(1000, 2048));
    const tail = await mediaRequest(url, { range: 'bytes=-16' });
    expect(tail.status).toBe(206);
    expect(Buffer.from(await tail.arrayBuffer())).toEqual(course.bytes.subarray(-16));
  });

  it('UPLOAD-6: an impossible range gets 416 with the size', async () => {
    current = viewers.enrolled;
    const url = await issueMediaUrl(current, course.paidLessonId);
    const res = await mediaRequest(url, { range: 'bytes=999999999-' });
    expect(res.status).toBe(416);
    expect(res.headers.get('content-range')).toBe(`bytes */${course.bytes.length}`);
  });

  it('UPLOAD-6: a multi-range is answered with the whole file, not multipart', async () => {
    current = viewers.enrolled;
    const url = await issueMediaUrl(current, course.paidLessonId);
    const res = await mediaRequest(url, { range: 'bytes=0-1,2-3' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('video/mp4');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(course.bytes);
  });

  it('offers a download with Content-Disposition: attachment', async () => {
    current = viewers.enrolled;
    const url = await issueMediaUrl(current, course.paidLessonId);
    const res = await mediaRequest(`${url}&download=1`);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="lesson video.mp4"/,
    );
  });
});

describe('unpublished courses', () => {
  it('ACCESS-2: a draft course is 404 for everyone but its owner and admins, preview included', async () => {
    const owner = await makeUser('creator');
    const draft = await makeLessonCourse(owner.id, { status: 'draft' });
    for (const who of ['visitor', 'notEnrolled', 'otherCreator'] as const) {
      current = viewers[who];
      expect(await getLessonPage(current, draft.slug, draft.previewLessonId)).toBeNull();
      expect((await mediaRequest(`/api/media/${draft.previewLessonId}`)).status).toBe(404);
    }
    current = owner;
    expect((await getLessonPage(owner, draft.slug, draft.paidLessonId))?.access).toBe('open');
  });

  it('answers 404 for a lesson under another course’s slug', async () => {
    const other = await makeLessonCourse((await makeUser('creator')).id);
    expect(await getLessonPage(null, other.slug, course.previewLessonId)).toBeNull();
  });
});

describe('progress', () => {
  it('is monotone: an old tab cannot rewind a completion or the furthest second', async () => {
    const learner = await makeUser('learner');
    await enroll(learner.id, course.courseId);
    await saveLessonProgress(learner, {
      lessonId: course.paidLessonId,
      positionSec: 25,
      completed: true,
    });
    // The old tab still thinks the lesson is at 0:05 and unfinished.
    const stale = await saveLessonProgress(learner, {
      lessonId: course.paidLessonId,
      positionSec: 5,
      completed: false,
    });
    expect(stale.completed).toBe(true);
    const [row] = await progressRows(learner.id, course.paidLessonId);
    expect(row?.completedAt).not.toBeNull();
    expect(row?.watchedSec).toBe(25);
    expect(row?.positionSec).toBe(5);
    const page = await getLessonPage(learner, course.slug, course.paidLessonId);
    expect(page?.access === 'open' && page.completed).toBe(true);
  });

  it('is idempotent and reaches 100% when every lesson is complete', async () => {
    const learner = await makeUser('learner');
    await enroll(learner.id, course.courseId);
    const ids = [course.previewLessonId, course.paidLessonId, course.articleLessonId];
    let last = { progressPercent: 0, completed: false };
    for (const lessonId of [...ids, ...ids]) {
      last = await saveLessonProgress(learner, { lessonId, positionSec: 0, completed: true });
    }
    expect(last.progressPercent).toBe(100);
    const [e] = await enrollmentRow(learner.id, course.courseId);
    expect(e?.progressPercent).toBe(100);
    expect(e?.completedAt).not.toBeNull();
    expect(e?.lastLessonId).toBe(course.articleLessonId);
  });

  it('ACCESS-2: refuses progress from the not enrolled and the refunded', async () => {
    for (const who of ['notEnrolled', 'refunded', 'otherCreator'] as const) {
      await expect(
        saveLessonProgress(viewers[who]!, {
          lessonId: course.paidLessonId,
          positionSec: 1,
          completed: true,
        }),
      ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
