import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

import { db } from '@/db';
import { auditLog, courses } from '@/db/schema';
import { submitCourseReviewAction } from '@/lib/actions/studio/submit-course-review';
import type { CourseReviewReason } from '@/lib/course-review-reasons';
import { listCoursesInReview } from '@/lib/data/admin-reviews';
import { decideCourseReview } from '@/lib/data/course-review';
import { searchCourses } from '@/lib/data/search';
import {
  getPublishState,
  moveCourseStatus,
  submitCourseForReview,
} from '@/lib/data/studio-publishing';
import { newId } from '@/lib/ids';
import { runAction } from '@/tests/support/actions';
import { createTestUser } from '@/tests/support/auth-users';
import { makeCourse, makeUser } from '@/tests/support/dashboard-fixtures';
import { resetRequest } from '@/tests/support/next-headers';

import { actAs, addLesson, addSection, courseRow, makeMedia } from './builder-fixtures';

beforeEach(() => resetRequest());

const LONG = 'A description that is comfortably longer than fifty characters in total.';

async function readyCourse(creatorId: string, title = `Ready ${newId(5)}`) {
  const id = await makeCourse(creatorId, { status: 'draft', title });
  await db
    .update(courses)
    .set({ description: LONG, coverUrl: '/covers/x.jpg' })
    .where(eq(courses.id, id));
  const s = await addSection(id, 'One', 0);
  await addLesson(id, s, { body: '# Hello' });
  return id;
}

describe('studio publishing checks', () => {
  it('lists everything a bare draft lacks, and nothing once it is complete', async () => {
    const creator = await makeUser('creator');
    const bare = await makeCourse(creator.id, { status: 'draft' });
    expect((await getPublishState(creator, bare)).missing).toEqual([
      'description',
      'cover',
      'lesson',
    ]);
    const s = await addSection(bare, 'S', 0);
    // An empty article or an unattached video is not content.
    await addLesson(bare, s, { body: '   ' });
    await addLesson(bare, s, { kind: 'video' });
    expect((await getPublishState(creator, bare)).missing).toContain('lesson');
    await addLesson(bare, s, { kind: 'video', mediaId: await makeMedia(creator.id) });
    expect((await getPublishState(creator, bare)).missing).not.toContain('lesson');
    expect((await getPublishState(creator, await readyCourse(creator.id))).missing).toEqual([]);
  });

  it('refuses to submit an incomplete course and leaves it a draft', async () => {
    const creator = await createTestUser({ role: 'creator' });
    await actAs(creator);
    const courseId = await makeCourse(creator.id, { status: 'draft' });
    const out = await runAction(submitCourseReviewAction, { courseId });
    expect(out.state).toMatchObject({ ok: false, formError: 'StudioBuilder.publish.incomplete' });
    expect((await courseRow(courseId)).status).toBe('draft');
  });

  it('ACCESS-3: creator B cannot submit, archive or read the checklist of creator A’s course', async () => {
    const a = await makeUser('creator');
    const b = await createTestUser({ role: 'creator' });
    const courseId = await readyCourse(a.id);
    const viewerB = await actAs(b);
    const out = await runAction(submitCourseReviewAction, { courseId });
    expect(out.state).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    await expect(getPublishState(viewerB, courseId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(moveCourseStatus(viewerB, courseId, 'archive')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await courseRow(courseId)).status).toBe('draft');
  });
});

describe('course review', () => {
  it('approves into search by an English and a Chinese word; archive removes it again', async () => {
    const creator = await makeUser('creator');
    const admin = await makeUser('admin');
    const en = `Zebrafish${newId(4).toLowerCase()}`;
    const courseId = await readyCourse(creator.id, `${en} 量子纠缠 basics`);
    expect(await submitCourseForReview(creator, courseId)).toEqual({
      submitted: true,
      published: false,
      missing: [],
    });
    expect((await courseRow(courseId)).status).toBe('in_review');

    await decideCourseReview(admin, courseId, { decision: 'approve', note: '' });
    const row = await courseRow(courseId);
    expect(row.status).toBe('published');
    expect(row.publishedAt).toBeInstanceOf(Date);
    const ids = async (q: string) =>
      (await searchCourses('en', { q, page: 1 })).items.map((c) => c.id);
    expect(await ids(en)).toContain(courseId);
    expect(await ids('量子纠缠')).toContain(courseId);
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'course'), eq(auditLog.targetId, courseId)));
    expect(audit).toMatchObject([{ actorUserId: admin.id, action: 'course.review.approve' }]);

    await moveCourseStatus(creator, courseId, 'archive');
    expect(await ids(en)).not.toContain(courseId);
  });

  it('rejects with a note the studio shows, and the creator can resubmit', async () => {
    const creator = await makeUser('creator');
    const admin = await makeUser('admin');
    const courseId = await readyCourse(creator.id);
    await submitCourseForReview(creator, courseId);
    const reject = (reason: CourseReviewReason | null, note: string) =>
      decideCourseReview(admin, courseId, { decision: 'reject', reason, note });
    // A rejection needs a reason from the list, and "other" needs the note to say what it is.
    await expect(reject(null, 'Add captions.')).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      fieldErrors: { reason: ['Admin.Reviews.errors.reasonRequired'] },
    });
    await expect(reject('other', ' ')).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      fieldErrors: { note: ['StudioBuilder.errors.noteRequired'] },
    });
    expect((await courseRow(courseId)).status).toBe('in_review');
    await reject('media_quality', 'Add captions to lesson 2.');
    expect(await getPublishState(creator, courseId)).toMatchObject({
      status: 'rejected',
      moderationReason: 'media_quality',
      moderationNote: 'Add captions to lesson 2.',
    });
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetType, 'course'), eq(auditLog.targetId, courseId)));
    expect(audit).toMatchObject({
      action: 'course.review.reject',
      before: { status: 'in_review', reason: null },
      after: { status: 'rejected', reason: 'media_quality' },
      reason: 'media_quality: Add captions to lesson 2.',
    });
    expect((await submitCourseForReview(creator, courseId)).submitted).toBe(true);
    await expect(submitCourseForReview(creator, courseId)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('shows the next review what changed since the last approval, and every lesson to open', async () => {
    const creator = await makeUser('creator');
    const admin = await makeUser('admin');
    const courseId = await readyCourse(creator.id, 'Before the edit');
    await submitCourseForReview(creator, courseId);
    const queued = async () => (await listCoursesInReview(admin)).find((c) => c.id === courseId)!;
    const first = await queued();
    expect(first).toMatchObject({ changes: null, publishedBefore: false });
    expect(first.lessons).toMatchObject([{ section: 'One', kind: 'article' }]);
    await decideCourseReview(admin, courseId, { decision: 'approve', note: '' });

    // Back to a draft, edited and resubmitted: the queue lists exactly those edits.
    await moveCourseStatus(creator, courseId, 'unpublish');
    await db
      .update(courses)
      .set({ title: 'After the edit', description: `${LONG}\nA second paragraph.` })
      .where(eq(courses.id, courseId));
    expect((await listCoursesInReview(admin)).map((c) => c.id)).not.toContain(courseId);
    const sectionId = await addSection(courseId, 'Two', 1);
    await addLesson(courseId, sectionId, { title: 'Bonus lesson', body: 'More' });
    await submitCourseForReview(creator, courseId);
    const second = await queued();
    expect(second.changes).toEqual([
      { kind: 'field', field: 'title', before: 'Before the edit', after: 'After the edit' },
      {
        kind: 'text',
        field: 'description',
        lines: [
          { op: 'same', text: LONG },
          { op: 'add', text: 'A second paragraph.' },
        ],
      },
      expect.objectContaining({ kind: 'lesson', change: 'added', title: 'Bonus lesson' }),
    ]);
    expect(second.lessons.map((l) => l.section)).toEqual(['One', 'Two']);
  });

  it('ACCESS-3: a creator cannot approve, even their own course', async () => {
    const creator = await makeUser('creator');
    const courseId = await readyCourse(creator.id);
    await submitCourseForReview(creator, courseId);
    await expect(
      decideCourseReview(creator, courseId, { decision: 'approve', note: '' }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await courseRow(courseId)).status).toBe('in_review');
  });
});
