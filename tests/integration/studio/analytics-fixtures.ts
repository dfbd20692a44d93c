import { db, pool } from '@/db';
import { behaviourEvents, courseSections, lessonProgress, lessons, refunds } from '@/db/schema';
import type { EventType } from '@/db/schema';
import { newId } from '@/lib/ids';
import {
  enroll,
  makeCourse,
  makeUser,
  paidOrder,
  review,
} from '@/tests/support/dashboard-fixtures';

/** Fixtures for the studio analytics, students and earnings tests: fresh rows per call. */

export const at = (day: string, time = '10:00:00') => new Date(`${day}T${time}Z`);

export async function event(
  type: EventType,
  courseId: string,
  day: string,
  who: { userId?: string; anonId?: string } = {},
) {
  await db.insert(behaviourEvents).values({
    type,
    courseId,
    userId: who.userId ?? null,
    anonId: who.anonId ?? null,
    createdAt: at(day),
  });
}

/** Three lessons in two sections; the section order, not the insert order, decides the curriculum. */
export async function addLessons(courseId: string) {
  const late = newId();
  const early = newId();
  await db.insert(courseSections).values([
    { id: late, courseId, title: 'Second', position: 1 },
    { id: early, courseId, title: 'First', position: 0 },
  ]);
  const ids = [newId(), newId(), newId()] as const;
  await db.insert(lessons).values([
    { id: ids[2], courseId, sectionId: late, title: 'Three', kind: 'article', position: 0 },
    { id: ids[0], courseId, sectionId: early, title: 'One', kind: 'article', position: 0 },
    { id: ids[1], courseId, sectionId: early, title: 'Two', kind: 'article', position: 1 },
  ]);
  return ids;
}

export async function progress(userId: string, courseId: string, lessonIds: readonly string[]) {
  await db.insert(lessonProgress).values(
    lessonIds.map((lessonId) => ({
      userId,
      courseId,
      lessonId,
      watchedSec: 10,
      updatedAt: at('2025-06-20'),
    })),
  );
}

export async function refund(
  orderId: string,
  buyerId: string,
  opts: {
    amountMinor: number;
    currency: 'USD' | 'CNY';
    day: string;
    status: 'succeeded' | 'requested' | 'approved';
  },
) {
  await db.insert(refunds).values({
    id: newId(),
    orderId,
    amountMinor: opts.amountMinor,
    currency: opts.currency,
    status: opts.status,
    reason: 'test',
    requestedBy: buyerId,
    createdAt: at(opts.day),
  });
}

/** Plain SQL for the tests' independent answers. */
export async function rows<T>(query: string, params: unknown[]): Promise<T[]> {
  const [result] = (await pool.query(query, params)) as unknown as [T[]];
  return result;
}

/**
 * Creator A: course "Alpha" (three lessons) and "Beta"; creator B: "Other". Activity in June 2025,
 * some in July 2025, and B's activity on the same days as A's.
 */
export async function seedAnalytics() {
  const a = await makeUser('creator', 'Creator A');
  const b = await makeUser('creator', 'Creator B');
  const [l1, l2, l3] = await Promise.all([
    makeUser('learner', 'Lin Analytics'),
    makeUser('learner', 'Wen Analytics'),
    makeUser('learner', 'Zhou Analytics'),
  ]);
  const alpha = await makeCourse(a.id, { title: 'Alpha' });
  const beta = await makeCourse(a.id, { title: 'Beta', currency: 'CNY' });
  const other = await makeCourse(b.id, { title: 'Other' });
  const lessonIds = await addLessons(alpha);
  const anon = [newId(), newId()].map((s) => `${s}-anon-0000-0000-00000000`.slice(0, 36));

  await event('view', alpha, '2025-06-05', { anonId: anon[0] });
  await event('view', alpha, '2025-06-05', { anonId: anon[0] });
  await event('view', alpha, '2025-06-06', { anonId: anon[0] });
  await event('view', alpha, '2025-06-05', { userId: l1.id });
  await event('view', alpha, '2025-07-02', { anonId: anon[1] });
  await event('view', beta, '2025-06-10', { anonId: anon[0] });
  await event('checkout_start', alpha, '2025-06-05', { userId: l1.id });
  await event('checkout_start', alpha, '2025-06-06', { userId: l2.id });
  await event('checkout_start', alpha, '2025-07-02', { userId: l3.id });
  await event('view', other, '2025-06-05', { anonId: anon[1] });
  await event('checkout_start', other, '2025-06-05', { userId: l3.id });

  const common = { creatorId: a.id, currency: 'USD' as const };
  await paidOrder({
    ...common,
    buyerId: l1.id,
    courseId: alpha,
    amountMinor: 2000,
    at: at('2025-06-05'),
  });
  await paidOrder({
    ...common,
    buyerId: l2.id,
    courseId: alpha,
    amountMinor: 9900,
    currency: 'CNY',
    at: at('2025-06-06'),
  });
  await paidOrder({
    ...common,
    buyerId: l3.id,
    courseId: alpha,
    amountMinor: 2000,
    at: at('2025-07-02'),
  });
  const betaOrder = await paidOrder({
    ...common,
    buyerId: l1.id,
    courseId: beta,
    amountMinor: 5000,
    currency: 'CNY',
    at: at('2025-06-10'),
  });
  await refund(betaOrder, l1.id, {
    amountMinor: 2000,
    currency: 'CNY',
    day: '2025-06-20',
    status: 'succeeded',
  });
  const otherOrder = await paidOrder({
    creatorId: b.id,
    buyerId: l3.id,
    courseId: other,
    amountMinor: 70000,
    currency: 'USD',
    at: at('2025-06-05'),
  });
  await refund(otherOrder, l3.id, {
    amountMinor: 70000,
    currency: 'USD',
    day: '2025-06-20',
    status: 'succeeded',
  });

  await enroll(l1.id, alpha, { createdAt: at('2025-06-05') });
  await enroll(l2.id, alpha, { createdAt: at('2025-06-06') });
  await enroll(l3.id, alpha, { createdAt: at('2025-07-02') });
  await enroll(l1.id, beta, { createdAt: at('2025-06-10') });
  await enroll(l3.id, other, { createdAt: at('2025-06-05') });
  await pool.query('UPDATE enrollments SET completed_at = ? WHERE user_id = ? AND course_id = ?', [
    at('2025-06-25'),
    l1.id,
    alpha,
  ]);
  await progress(l1.id, alpha, lessonIds);
  await progress(l2.id, alpha, [lessonIds[0]]);
  await progress(l3.id, alpha, [lessonIds[0], lessonIds[1]]);

  await review(l1.id, alpha, { rating: 5, createdAt: at('2025-06-05') });
  await review(l2.id, alpha, { rating: 3, createdAt: at('2025-06-06') });
  await review(l1.id, beta, { rating: 4, createdAt: at('2025-06-10') });
  await review(l3.id, alpha, { rating: 1, status: 'hidden', createdAt: at('2025-07-02') });
  await review(l3.id, other, { rating: 1, createdAt: at('2025-06-05') });

  return { a, b, learners: [l1, l2, l3] as const, alpha, beta, other, lessonIds };
}
