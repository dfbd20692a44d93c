import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

import { db } from '@/db';
import { enrollments, platformSettings } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { env } from '@/lib/env';
import { isAppError } from '@/lib/errors';
import { CREATOR_CAN_SEE_EMAILS_KEY, listStudioStudents } from '@/lib/data/studio-students';
import { enroll, makeUser, rejectionOf } from '@/tests/support/dashboard-fixtures';

import { at, rows, seedAnalytics } from './analytics-fixtures';

let current: Viewer | null = null;
vi.mock('@/lib/auth/guards', () => ({ getViewer: async () => current }));
const { GET } = await import('@/app/api/studio/students.csv/route');
const origin = new URL(env.APP_URL).origin;
const csv = async (query = '') =>
  GET(new NextRequest(`${origin}/api/studio/students.csv?${query}`), {
    params: Promise.resolve({}),
  });

let s: Awaited<ReturnType<typeof seedAnalytics>>;
beforeAll(async () => {
  s = await seedAnalytics();
  // A learner whose name a spreadsheet would run as a formula (CSV injection).
  const tricky = await makeUser('learner', '=HYPERLINK("http://evil")');
  await enroll(tricky.id, s.beta, { createdAt: at('2025-06-11') });
});

async function allowEmails(on: boolean) {
  await db
    .insert(platformSettings)
    .values({ key: CREATOR_CAN_SEE_EMAILS_KEY, value: on })
    .onDuplicateKeyUpdate({ set: { value: on } });
}

afterEach(async () => {
  await db.delete(platformSettings).where(eq(platformSettings.key, CREATOR_CAN_SEE_EMAILS_KEY));
});

describe('studio students', () => {
  it('lists A’s active learners with course, progress and last activity, newest first', async () => {
    const page = await listStudioStudents(s.a, {});
    const want = await rows<{ id: string }>(
      `SELECT en.id FROM enrollments en JOIN courses c ON c.id = en.course_id
        WHERE c.creator_id = ? AND en.status = 'active' ORDER BY en.created_at DESC, en.id DESC`,
      [s.a.id],
    );
    expect(page.total).toBe(want.length);
    expect(page.items.map((r) => r.enrollmentId)).toEqual(want.map((r) => r.id));
    const lin = page.items.find((r) => r.name === 'Lin Analytics' && r.courseId === s.alpha);
    expect(lin).toMatchObject({ courseTitle: 'Alpha', progressPercent: 0 });
    expect(lin?.lastActivityAt.toISOString()).toBe(at('2025-06-20').toISOString());
    const wenBeta = page.items.find((r) => r.courseId === s.beta && r.name === 'Lin Analytics');
    expect(wenBeta?.lastActivityAt.toISOString()).toBe(at('2025-06-10').toISOString());
  });

  it('filters by course, searches by name and paginates', async () => {
    const beta = await listStudioStudents(s.a, { course: s.beta });
    expect(beta.items.every((r) => r.courseId === s.beta)).toBe(true);
    expect(beta.total).toBe(2);
    const wen = await listStudioStudents(s.a, { q: 'wen anal' });
    expect(wen.items.map((r) => r.name)).toEqual(['Wen Analytics']);
    expect((await listStudioStudents(s.a, { q: '%' })).total).toBe(0);
    const far = await listStudioStudents(s.a, { page: 99 });
    expect(far.items).toEqual([]);
  });

  it('hides revoked enrolments', async () => {
    await db
      .update(enrollments)
      .set({ status: 'revoked' })
      .where(eq(enrollments.userId, s.learners[2].id));
    const page = await listStudioStudents(s.a, { course: s.alpha });
    expect(page.items.map((r) => r.name)).not.toContain('Zhou Analytics');
    await db
      .update(enrollments)
      .set({ status: 'active' })
      .where(eq(enrollments.userId, s.learners[2].id));
  });

  it('DATA-1: shows no emails by default, and shows them when the platform setting is on', async () => {
    const hidden = await listStudioStudents(s.a, {});
    expect(hidden.showEmails).toBe(false);
    expect(hidden.items.every((r) => !('email' in r))).toBe(true);
    current = s.a;
    const hiddenCsv = await (await csv()).text();
    expect(hiddenCsv).not.toContain('@test.local');
    expect(hiddenCsv.split('\r\n')[0]).toBe(
      'name,course,enrolled_at,progress_percent,last_activity_at',
    );

    await allowEmails(true);
    const shown = await listStudioStudents(s.a, { q: 'Lin Analytics' });
    expect(shown.showEmails).toBe(true);
    expect(shown.items[0]?.email).toBe(s.learners[0].email);
    expect(await (await csv()).text()).toContain(s.learners[0].email!);
  });

  it('ACCESS-3: B never sees A’s students, and A’s course id is NOT_FOUND for B', async () => {
    const page = await listStudioStudents(s.b, {});
    expect(page.items.map((r) => r.courseId)).toEqual([s.other]);
    const err = await rejectionOf(listStudioStudents(s.b, { course: s.alpha }));
    expect(isAppError(err) && err.code).toBe('NOT_FOUND');
    current = s.b;
    expect((await csv(`course=${s.alpha}`)).status).toBe(404);
    const own = await (await csv()).text();
    expect(own).not.toContain('Lin Analytics');
    expect(own).toContain('Other');
    current = await makeUser('learner');
    expect((await csv()).status).toBe(403);
  });

  it('exports a CSV attachment with formula-looking names neutralised', async () => {
    current = s.a;
    const res = await csv(`course=${s.beta}`);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="students-${s.beta}.csv"`,
    );
    const text = await res.text();
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")",Beta,`);
    expect((await csv('page=2')).status).toBe(400);
  });
});
