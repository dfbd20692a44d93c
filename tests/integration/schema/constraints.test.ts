import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

import { db } from '@/db';
import {
  categories,
  courses,
  courseSections,
  enrollments,
  paymentEvents,
  reviews,
  users,
} from '@/db/schema';
import { isDuplicateKeyError } from '@/lib/errors';
import { newId } from '@/lib/ids';

async function seedCourse() {
  const creatorId = newId();
  const learnerId = newId();
  const categoryId = newId();
  const courseId = newId();
  await db.insert(users).values([
    { id: creatorId, email: `c-${creatorId}@test.local`, name: 'Creator', role: 'creator' },
    { id: learnerId, email: `l-${learnerId}@test.local`, name: 'Learner' },
  ]);
  await db
    .insert(categories)
    .values({ id: categoryId, slug: `cat-${categoryId}`, nameEn: 'Cat', nameZh: '类' });
  await db.insert(courses).values({
    id: courseId,
    slug: `course-${courseId}`,
    creatorId,
    categoryId,
    title: 'Course',
    description: 'About',
    language: 'en',
    priceMinor: 1999,
    currency: 'USD',
  });
  await db.insert(courseSections).values({ id: newId(), courseId, title: 'S1', position: 0 });
  return { creatorId, learnerId, courseId };
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected the database to refuse the insert');
}

describe('schema constraints', () => {
  it('refuses a duplicate enrollment for the same user and course', async () => {
    const { learnerId, courseId } = await seedCourse();
    await db
      .insert(enrollments)
      .values({ id: newId(), userId: learnerId, courseId, source: 'free' });
    const err = await rejection(
      db
        .insert(enrollments)
        .values({ id: newId(), userId: learnerId, courseId, source: 'purchase' }),
    );
    expect(isDuplicateKeyError(err)).toBe(true);
    const rows = await db.select().from(enrollments).where(eq(enrollments.courseId, courseId));
    expect(rows).toHaveLength(1);
  });

  it('refuses a second review by the same user on the same course', async () => {
    const { learnerId, courseId } = await seedCourse();
    await db.insert(reviews).values({ id: newId(), userId: learnerId, courseId, rating: 5 });
    const err = await rejection(
      db.insert(reviews).values({ id: newId(), userId: learnerId, courseId, rating: 1 }),
    );
    expect(isDuplicateKeyError(err)).toBe(true);
  });

  it('refuses a payment event id that was already processed', async () => {
    const id = `evt_${newId()}`;
    await db
      .insert(paymentEvents)
      .values({ id, type: 'checkout.session.completed', stripeCreated: 1 });
    const err = await rejection(
      db.insert(paymentEvents).values({ id, type: 'checkout.session.completed', stripeCreated: 2 }),
    );
    expect(isDuplicateKeyError(err)).toBe(true);
  });

  it('refuses an enrollment that points at a missing course', async () => {
    const { learnerId } = await seedCourse();
    const err = await rejection(
      db
        .insert(enrollments)
        .values({ id: newId(), userId: learnerId, courseId: newId(), source: 'free' }),
    );
    expect(String((err as { cause?: { code?: string } }).cause?.code)).toBe(
      'ER_NO_REFERENCED_ROW_2',
    );
  });
});
