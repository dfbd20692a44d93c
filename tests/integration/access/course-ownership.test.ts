import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

import { db } from '@/db';
import { courses } from '@/db/schema';
import { updateCourseDetailsAction } from '@/lib/actions/studio/update-course-details';
import { getViewer } from '@/lib/auth/guards';
import { getCourseForEditOrThrow, updateCourseDetails } from '@/lib/data/studio-courses';
import { newId } from '@/lib/ids';
import { runAction } from '@/tests/support/actions';
import {
  createTestUser,
  SESSION_COOKIE,
  sessionToken,
  sessionVersionOf,
  type TestUser,
} from '@/tests/support/auth-users';
import { makeCourse } from '@/tests/support/dashboard-fixtures';
import { replaceCookies, resetRequest } from '@/tests/support/next-headers';

async function actAs(user: TestUser) {
  resetRequest();
  replaceCookies([
    { name: SESSION_COOKIE, value: await sessionToken(user.id, await sessionVersionOf(user.id)) },
  ]);
  return (await getViewer())!;
}

const details = {
  title: 'Hijacked title',
  subtitle: '',
  description: 'x',
  level: 'advanced' as const,
  language: 'zh' as const,
};

async function courseRow(id: string) {
  const [row] = await db.select().from(courses).where(eq(courses.id, id));
  return row!;
}

beforeEach(() => resetRequest());

describe('course ownership', () => {
  it('ACCESS-3: creator B cannot read or change creator A’s course through the DAL or the action; DB unchanged', async () => {
    const a = await createTestUser({ role: 'creator' });
    const b = await createTestUser({ role: 'creator' });
    const courseId = await makeCourse(a.id, { status: 'draft' });
    const before = await courseRow(courseId);
    const viewerB = await actAs(b);
    await expect(getCourseForEditOrThrow(viewerB, courseId)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(updateCourseDetails(viewerB, courseId, details)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const out = await runAction(updateCourseDetailsAction, { courseId, ...details });
    expect(out.state).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await courseRow(courseId)).toEqual(before);
  });

  it('ACCESS-1: someone else’s course and a course that does not exist look the same (404)', async () => {
    const a = await createTestUser({ role: 'creator' });
    const b = await createTestUser({ role: 'creator' });
    const courseId = await makeCourse(a.id);
    await actAs(b);
    const theirs = await runAction(updateCourseDetailsAction, { courseId, ...details });
    const missing = await runAction(updateCourseDetailsAction, { courseId: newId(), ...details });
    // Only the echoed form values (the id typed in) differ.
    expect({ ...theirs.state, values: undefined }).toEqual({ ...missing.state, values: undefined });
  });

  it('ACCESS-3: a learner is refused even for a course id they know', async () => {
    const a = await createTestUser({ role: 'creator' });
    const courseId = await makeCourse(a.id);
    const learner = await actAs(await createTestUser());
    await expect(getCourseForEditOrThrow(learner, courseId)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('ACCESS-3: the owner can edit, and creatorId, status, isFeatured or price in the form are ignored', async () => {
    const a = await createTestUser({ role: 'creator' });
    const b = await createTestUser({ role: 'creator' });
    const courseId = await makeCourse(a.id, { status: 'draft' });
    await actAs(a);
    const out = await runAction(updateCourseDetailsAction, {
      courseId,
      ...details,
      title: 'My better title',
      creatorId: b.id,
      status: 'published',
      isFeatured: 'true',
      priceMinor: '1',
    });
    expect(out.state).toMatchObject({ ok: true });
    const row = await courseRow(courseId);
    expect(row).toMatchObject({
      title: 'My better title',
      level: 'advanced',
      language: 'zh',
      creatorId: a.id,
      status: 'draft',
      isFeatured: false,
      priceMinor: 2000,
    });
  });
});
