import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';

import { db } from '@/db';
import { courses } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';

import { makeCourse, makeUser } from '../../support/dashboard-fixtures';
import { runAction } from '../../support/actions';

const auth = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/lib/auth/guards', () => ({
  getViewer: async () => auth.viewer,
  requireRole: async () => auth.viewer,
}));
vi.mock('@/lib/auth/request-context', () => ({ requestIp: async () => '192.0.2.1' }));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

const { listCoursesInReview } = await import('@/lib/data/admin-reviews');
const { decideCourseReviewAction } = await import('@/lib/actions/admin/decide-course-review');

describe('admin course review queue', () => {
  it('lists courses in review oldest first with the creator record, and leaves after a decision', async () => {
    const admin = await makeUser('admin');
    const creator = await makeUser('creator');
    await makeCourse(creator.id, { status: 'published' });
    const older = await makeCourse(creator.id, { status: 'in_review', title: 'Older submission' });
    const newer = await makeCourse(creator.id, { status: 'in_review', title: 'Newer submission' });
    await db
      .update(courses)
      .set({ submittedAt: new Date('2026-01-01T00:00:00Z') })
      .where(eq(courses.id, older));
    await db
      .update(courses)
      .set({ submittedAt: new Date('2026-01-02T00:00:00Z') })
      .where(eq(courses.id, newer));

    const mine = (await listCoursesInReview(admin)).filter((c) => [older, newer].includes(c.id));
    expect(mine.map((c) => c.title)).toEqual(['Older submission', 'Newer submission']);
    expect(mine[0]).toMatchObject({
      creatorName: creator.name,
      creatorPublished: 1,
      creatorRejected: 0,
    });

    auth.viewer = admin;
    const noNote = await runAction(decideCourseReviewAction, {
      courseId: older,
      decision: 'reject',
      note: '',
    });
    expect(noNote.state).toMatchObject({ ok: false });
    const noReason = await runAction(decideCourseReviewAction, {
      courseId: older,
      decision: 'reject',
      note: 'Add captions to the videos',
    });
    expect(noReason.state).toMatchObject({
      ok: false,
      fieldErrors: { reason: ['Admin.Reviews.errors.reasonRequired'] },
    });
    const unknownReason = await runAction(decideCourseReviewAction, {
      courseId: older,
      decision: 'reject',
      reason: 'because',
      note: 'Add captions to the videos',
    });
    expect(unknownReason.state).toMatchObject({ ok: false });
    const rejected = await runAction(decideCourseReviewAction, {
      courseId: older,
      decision: 'reject',
      reason: 'media_quality',
      note: 'Add captions to the videos',
    });
    expect(rejected.state).toMatchObject({ ok: true });
    const approved = await runAction(decideCourseReviewAction, {
      courseId: newer,
      decision: 'approve',
      note: '',
    });
    expect(approved.state).toMatchObject({ ok: true });
    auth.viewer = null;

    const after = (await listCoursesInReview(admin)).map((c) => c.id);
    expect(after).not.toContain(older);
    expect(after).not.toContain(newer);
    const [row] = await db.select().from(courses).where(eq(courses.id, older));
    expect(row).toMatchObject({
      status: 'rejected',
      moderationReason: 'media_quality',
      moderationNote: 'Add captions to the videos',
    });
  });

  it('ACCESS-4: learners and creators cannot read the queue', async () => {
    for (const role of ['learner', 'creator'] as const)
      await expect(listCoursesInReview(await makeUser(role))).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
  });
});
