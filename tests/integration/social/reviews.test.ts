import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { db } from '@/db';
import { courses, enrollments, reports, reviews } from '@/db/schema';
import { reportContent } from '@/lib/data/reports';
import {
  deleteReview,
  getOwnReview,
  recomputeCourseRating,
  replyToReview,
  saveReview,
} from '@/lib/data/reviews';
import { enroll, makeCourse, makeUser } from '@/tests/support/dashboard-fixtures';

async function rating(courseId: string) {
  const [row] = await db
    .select({ sum: courses.ratingSum, count: courses.ratingCount })
    .from(courses)
    .where(eq(courses.id, courseId));
  return row!;
}

async function reviewOf(userId: string, courseId: string) {
  const rows = await db
    .select()
    .from(reviews)
    .where(and(eq(reviews.userId, userId), eq(reviews.courseId, courseId)));
  return rows;
}

describe('reviews', () => {
  it('ABUSE-1: a learner without an active enrolment cannot review; nothing is written', async () => {
    const creator = await makeUser('creator');
    const courseId = await makeCourse(creator.id);
    const stranger = await makeUser('learner');
    await expect(saveReview(stranger, { courseId, rating: 5, body: null })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const revoked = await makeUser('learner');
    await enroll(revoked.id, courseId, { status: 'revoked' });
    await expect(saveReview(revoked, { courseId, rating: 5, body: null })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await reviewOf(stranger.id, courseId)).toHaveLength(0);
    expect(await rating(courseId)).toEqual({ sum: 0, count: 0 });
  });

  it('ABUSE-1: the creator cannot review their own course, even when enrolled', async () => {
    const creator = await makeUser('creator');
    const courseId = await makeCourse(creator.id);
    await enroll(creator.id, courseId);
    await expect(saveReview(creator, { courseId, rating: 5, body: 'mine' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: 'Course.review.errors.ownCourse',
    });
    expect(await rating(courseId)).toEqual({ sum: 0, count: 0 });
  });

  it('ABUSE-1: one review per learner and course; a second save edits it; it is a verified purchase', async () => {
    const creator = await makeUser('creator');
    const courseId = await makeCourse(creator.id);
    const learner = await makeUser('learner');
    await enroll(learner.id, courseId);
    await saveReview(learner, { courseId, rating: 2, body: 'meh' });
    await saveReview(learner, { courseId, rating: 4, body: 'better after chapter 3' });
    const rows = await reviewOf(learner.id, courseId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      rating: 4,
      body: 'better after chapter 3',
      verifiedPurchase: true,
    });
    expect(await getOwnReview(learner.id, courseId)).toMatchObject({ rating: 4 });
    expect(await rating(courseId)).toEqual({ sum: 4, count: 1 });
    await deleteReview(learner, courseId);
    expect(await reviewOf(learner.id, courseId)).toHaveLength(0);
    expect(await rating(courseId)).toEqual({ sum: 0, count: 0 });
  });

  it('ABUSE-1: the rating stays exact under concurrent writes by many learners', async () => {
    const creator = await makeUser('creator');
    const courseId = await makeCourse(creator.id);
    const learners = await Promise.all(Array.from({ length: 12 }, () => makeUser('learner')));
    for (const l of learners) await enroll(l.id, courseId);
    const stars = learners.map((_, i) => (i % 5) + 1);
    await Promise.all(
      learners.map((l, i) => saveReview(l, { courseId, rating: stars[i]!, body: null })),
    );
    // Edits and deletions racing each other as well.
    await Promise.all([
      saveReview(learners[0]!, { courseId, rating: 5, body: null }),
      deleteReview(learners[1]!, courseId),
      saveReview(learners[2]!, { courseId, rating: 1, body: null }),
    ]);
    stars[0] = 5;
    stars[2] = 1;
    const expected = stars.filter((_, i) => i !== 1);
    expect(await rating(courseId)).toEqual({
      sum: expected.reduce((a, b) => a + b, 0),
      count: expected.length,
    });
  });

  it('ABUSE-1: a refunded (no longer active) learner’s review leaves the average and loses its badge', async () => {
    const creator = await makeUser('creator');
    const courseId = await makeCourse(creator.id);
    const [a, b] = [await makeUser('learner'), await makeUser('learner')];
    await enroll(a.id, courseId);
    await enroll(b.id, courseId);
    await saveReview(a, { courseId, rating: 5, body: null });
    await saveReview(b, { courseId, rating: 1, body: null });
    expect(await rating(courseId)).toEqual({ sum: 6, count: 2 });
    await db.transaction(async (tx) => {
      await tx
        .update(enrollments)
        .set({ status: 'revoked' })
        .where(and(eq(enrollments.userId, a.id), eq(enrollments.courseId, courseId)));
      await recomputeCourseRating(tx, courseId);
    });
    expect(await rating(courseId)).toEqual({ sum: 1, count: 1 });
    expect((await reviewOf(a.id, courseId))[0]!.verifiedPurchase).toBe(false);
  });

  it('ABUSE-1: review writes are limited to 10 a day per user', async () => {
    const creator = await makeUser('creator');
    const courseId = await makeCourse(creator.id);
    const learner = await makeUser('learner');
    await enroll(learner.id, courseId);
    for (let i = 0; i < 10; i++) await saveReview(learner, { courseId, rating: 3, body: `v${i}` });
    await expect(saveReview(learner, { courseId, rating: 1, body: 'v10' })).rejects.toMatchObject({
      code: 'RATE_LIMITED',
    });
    expect((await reviewOf(learner.id, courseId))[0]!.body).toBe('v9');
  });

  it('only the course’s creator replies, and only once', async () => {
    const creator = await makeUser('creator');
    const other = await makeUser('creator');
    const courseId = await makeCourse(creator.id);
    const learner = await makeUser('learner');
    await enroll(learner.id, courseId);
    await saveReview(learner, { courseId, rating: 4, body: 'good' });
    const [row] = await reviewOf(learner.id, courseId);
    await expect(replyToReview(other, row!.id, 'spam')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await replyToReview(creator, row!.id, 'Thank you!');
    await expect(replyToReview(creator, row!.id, 'again')).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect((await reviewOf(learner.id, courseId))[0]!.creatorReply).toBe('Thank you!');
  });

  it('ABUSE-2: the same user reporting the same review twice leaves one report row', async () => {
    const creator = await makeUser('creator');
    const courseId = await makeCourse(creator.id);
    const learner = await makeUser('learner');
    await enroll(learner.id, courseId);
    await saveReview(learner, { courseId, rating: 1, body: 'bad' });
    const [row] = await reviewOf(learner.id, courseId);
    const reporter = await makeUser('learner');
    const input = { targetType: 'review' as const, targetId: row!.id, reason: 'spam' as const };
    expect(await reportContent(reporter, input)).toEqual({ created: true });
    expect(await reportContent(reporter, input)).toEqual({ created: false });
    const rows = await db.select().from(reports).where(eq(reports.targetId, row!.id));
    expect(rows).toHaveLength(1);
    // Reports only queue content: the review stays visible.
    expect((await reviewOf(learner.id, courseId))[0]!.status).toBe('visible');
  });
});
