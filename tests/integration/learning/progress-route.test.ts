import { rm } from 'node:fs/promises';
import path from 'node:path';

import { and, eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterAll, describe, expect, it, vi } from 'vitest';

import { db } from '@/db';
import { lessonProgress } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { env } from '@/lib/env';
import { enroll, makeUser } from '@/tests/support/dashboard-fixtures';
import { makeLessonCourse, TEST_MEDIA_SCOPE } from '@/tests/support/lesson-fixtures';

let current: Viewer | null = null;
vi.mock('@/lib/auth/guards', () => ({ getViewer: async () => current }));

const { POST } = await import('@/app/api/progress/route');

const origin = new URL(env.APP_URL).origin;

function post(body: string, headers: Record<string, string> = {}) {
  const req = new NextRequest(`${origin}/api/progress`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', origin, ...headers },
  });
  return POST(req, { params: Promise.resolve({}) });
}

afterAll(async () => {
  await rm(path.resolve(env.MEDIA_ROOT, TEST_MEDIA_SCOPE), { recursive: true, force: true });
});

describe('POST /api/progress', () => {
  it('saves the position of an enrolled learner and keeps a completion', async () => {
    const owner = await makeUser('creator');
    const course = await makeLessonCourse(owner.id);
    const learner = await makeUser('learner');
    await enroll(learner.id, course.courseId);
    current = learner;
    const lessonId = course.paidLessonId;
    const done = await post(JSON.stringify({ lessonId, positionSec: 20, completed: true }));
    expect(done.status).toBe(200);
    const stale = await post(JSON.stringify({ lessonId, positionSec: 3 }));
    expect(await stale.json()).toMatchObject({ completed: true });
    const [row] = await db
      .select()
      .from(lessonProgress)
      .where(and(eq(lessonProgress.userId, learner.id), eq(lessonProgress.lessonId, lessonId)));
    expect(row).toMatchObject({ positionSec: 3, watchedSec: 20 });
    expect(row?.completedAt).not.toBeNull();
  });

  it('answers 4xx to junk, cross-origin posts and visitors, and writes nothing', async () => {
    const owner = await makeUser('creator');
    const course = await makeLessonCourse(owner.id);
    const learner = await makeUser('learner');
    await enroll(learner.id, course.courseId);
    current = learner;
    const lessonId = course.paidLessonId;
    expect((await post('{not json')).status).toBe(400);
    expect((await post(JSON.stringify({ lessonId: '../x', positionSec: 1 }))).status).toBe(400);
    expect((await post(JSON.stringify({ lessonId, positionSec: -5 }))).status).toBe(400);
    expect((await post(JSON.stringify({ lessonId, pad: 'x'.repeat(5000) }))).status).toBe(413);
    const cross = await post(JSON.stringify({ lessonId, positionSec: 1 }), {
      origin: 'https://evil.example',
    });
    expect(cross.status).toBe(403);
    current = null;
    expect((await post(JSON.stringify({ lessonId, positionSec: 1 }))).status).toBe(401);
    const rows = await db
      .select()
      .from(lessonProgress)
      .where(eq(lessonProgress.userId, learner.id));
    expect(rows).toEqual([]);
  });
});
