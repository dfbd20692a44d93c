import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

import { db } from '@/db';
import { lessonComments, reports } from '@/db/schema';
import { postCommentAction } from '@/lib/actions/learning/post-comment';
import { deleteComment, editComment, postComment } from '@/lib/data/lesson-questions';
import { listLessonQuestions } from '@/lib/data/lesson-questions-list';
import { reportContent } from '@/lib/data/reports';
import { runAction } from '@/tests/support/actions';
import {
  createTestUser,
  SESSION_COOKIE,
  sessionToken,
  sessionVersionOf,
} from '@/tests/support/auth-users';
import { enroll, makeCourse, makeUser } from '@/tests/support/dashboard-fixtures';
import { replaceCookies, resetRequest } from '@/tests/support/next-headers';

import { makeLessons } from './events-fixtures';

async function setup() {
  const creator = await makeUser('creator');
  const courseId = await makeCourse(creator.id);
  const { preview, paid } = await makeLessons(courseId);
  const learner = await makeUser('learner');
  await enroll(learner.id, courseId);
  return { creator, courseId, preview, paid, learner };
}

beforeEach(() => resetRequest());

describe('lesson Q&A', () => {
  it('ACCESS-2: only people who can open the lesson read or post its questions', async () => {
    const { creator, paid, preview, learner, courseId } = await setup();
    const stranger = await makeUser('learner');
    const revoked = await makeUser('learner');
    await enroll(revoked.id, courseId, { status: 'revoked' });
    await postComment(learner, { lessonId: paid, parentId: null, body: 'How?' });
    for (const who of [null, stranger, revoked]) {
      await expect(listLessonQuestions(who, paid, 1)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    for (const who of [stranger, revoked]) {
      await expect(
        postComment(who, { lessonId: paid, parentId: null, body: 'sneak' }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    expect((await listLessonQuestions(learner, paid, 1)).total).toBe(1);
    expect((await listLessonQuestions(creator, paid, 1)).total).toBe(1);
    // A free preview is open to everyone, visitors included (reading).
    expect((await listLessonQuestions(null, preview, 1)).total).toBe(0);
    const rows = await db.select().from(lessonComments).where(eq(lessonComments.lessonId, paid));
    expect(rows).toHaveLength(1);
  });

  it('answers are one level deep and the creator’s answer is marked', async () => {
    const { creator, paid, learner } = await setup();
    const q = await postComment(learner, { lessonId: paid, parentId: null, body: 'Why?' });
    const a = await postComment(creator, { lessonId: paid, parentId: q.id, body: 'Because.' });
    await expect(
      postComment(learner, { lessonId: paid, parentId: a.id, body: 'nested' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const page = await listLessonQuestions(learner, paid, 1);
    expect(page.questions).toHaveLength(1);
    expect(page.questions[0]).toMatchObject({ own: true, byCreator: false });
    expect(page.questions[0]!.answers).toEqual([
      expect.objectContaining({ body: 'Because.', byCreator: true, own: false }),
    ]);
    expect(JSON.stringify(page)).not.toMatch(/email|userId/);
  });

  it('ABUSE-2: the 6th post within a minute is rejected', async () => {
    const { paid, learner } = await setup();
    for (let i = 0; i < 5; i++)
      await postComment(learner, { lessonId: paid, parentId: null, body: `q${i}` });
    await expect(
      postComment(learner, { lessonId: paid, parentId: null, body: 'q5' }),
    ).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    const rows = await db
      .select()
      .from(lessonComments)
      .where(and(eq(lessonComments.lessonId, paid), eq(lessonComments.userId, learner.id)));
    expect(rows).toHaveLength(5);
  });

  it('ABUSE-2: a body over 5 000 characters is refused by the action with a field error', async () => {
    const { paid, courseId } = await setup();
    const user = await createTestUser();
    await enroll(user.id, courseId);
    replaceCookies([
      { name: SESSION_COOKIE, value: await sessionToken(user.id, await sessionVersionOf(user.id)) },
    ]);
    const long = await runAction(postCommentAction, { lessonId: paid, body: 'x'.repeat(5001) });
    expect(long.state).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      fieldErrors: { body: expect.any(Array) },
    });
    const ok = await runAction(postCommentAction, { lessonId: paid, body: 'x'.repeat(5000) });
    expect(ok.state).toMatchObject({ ok: true });
  });

  it('edit and delete work on one’s own posts only; reports are one per reporter', async () => {
    const { paid, learner, courseId } = await setup();
    const other = await makeUser('learner');
    await enroll(other.id, courseId);
    const q = await postComment(learner, { lessonId: paid, parentId: null, body: 'first' });
    await expect(editComment(other, q.id, 'hijack')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(deleteComment(other, q.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await editComment(learner, q.id, 'second');
    const input = { targetType: 'comment' as const, targetId: q.id, reason: 'spam' as const };
    await reportContent(other, input);
    await reportContent(other, input);
    expect(await db.select().from(reports).where(eq(reports.targetId, q.id))).toHaveLength(1);
    expect((await listLessonQuestions(learner, paid, 1)).questions[0]!.body).toBe('second');
    await deleteComment(learner, q.id);
    expect((await listLessonQuestions(learner, paid, 1)).total).toBe(0);
  });

  it('questions are paginated, newest first', async () => {
    const { paid, courseId } = await setup();
    const users = await Promise.all(Array.from({ length: 3 }, () => makeUser('learner')));
    let n = 0;
    for (const u of users) {
      await enroll(u.id, courseId);
      for (let i = 0; i < 4; i++) {
        const { id } = await postComment(u, { lessonId: paid, parentId: null, body: `q${n}` });
        // Distinct timestamps, so the order under test never rests on a millisecond tie.
        await db
          .update(lessonComments)
          .set({ createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, n++)) })
          .where(eq(lessonComments.id, id));
      }
    }
    const first = await listLessonQuestions(users[0]!, paid, 1);
    const second = await listLessonQuestions(users[0]!, paid, 2);
    expect(first).toMatchObject({ total: 12, pages: 2 });
    expect(first.questions).toHaveLength(10);
    expect(second.questions).toHaveLength(2);
    expect(second.questions.map((q) => q.body)).toEqual(['q1', 'q0']);
  });
});
