import 'server-only';

import { and, eq, isNull, sql } from 'drizzle-orm';

import { db, type Tx } from '@/db';
import { courses, enrollments, reviews } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { publicCourseWhere } from '@/lib/data/course-cards';
import { AppError } from '@/lib/errors';
import { newId } from '@/lib/ids';
import { consumeLimit } from '@/lib/rate-limit';
import type { SaveReviewInput } from '@/lib/validation/reviews';

/** Serialises every rating write of one course: the recompute that follows sees all earlier writes. */
async function lockCourse(tx: Tx, courseId: string): Promise<void> {
  await tx.execute(
    sql`SELECT ${courses.id} FROM ${courses} WHERE ${courses.id} = ${courseId} FOR UPDATE`,
  );
}

/**
 * Recomputes a course's rating from its rows, inside the caller's transaction. A review counts only
 * while its author holds an active enrolment (refunded or revoked buyers leave the average, ABUSE-1);
 * the verified flag is refreshed from the same rule so the page shows what the average uses.
 * Payment refunds and moderation call this after changing an enrolment or a review.
 */
export async function recomputeCourseRating(tx: Tx, courseId: string): Promise<void> {
  await lockCourse(tx, courseId);
  await tx.execute(sql`
    UPDATE ${reviews} r
    LEFT JOIN ${enrollments} e
      ON e.user_id = r.user_id AND e.course_id = r.course_id AND e.status = 'active'
    SET r.verified_purchase = (e.id IS NOT NULL)
    WHERE r.course_id = ${courseId}`);
  const counted = sql`course_id = ${courseId} AND status = 'visible' AND verified_purchase = 1`;
  await tx.execute(sql`
    UPDATE ${courses}
    SET rating_sum = (SELECT COALESCE(SUM(rating), 0) FROM ${reviews} WHERE ${counted}),
        rating_count = (SELECT COUNT(*) FROM ${reviews} WHERE ${counted})
    WHERE id = ${courseId}`);
}

async function reviewableCourse(viewer: Viewer, courseId: string) {
  const [course] = await db
    .select({ id: courses.id, slug: courses.slug, creatorId: courses.creatorId })
    .from(courses)
    .where(and(eq(courses.id, courseId), publicCourseWhere))
    .limit(1);
  if (!course) throw new AppError('NOT_FOUND', 'Errors.notFound');
  // ABUSE-1: a creator never rates their own course, enrolled or not.
  if (course.creatorId === viewer.id)
    throw new AppError('FORBIDDEN', 'Course.review.errors.ownCourse');
  const [enrolment] = await db
    .select({ status: enrollments.status })
    .from(enrollments)
    .where(and(eq(enrollments.userId, viewer.id), eq(enrollments.courseId, courseId)))
    .limit(1);
  if (enrolment?.status !== 'active')
    throw new AppError('FORBIDDEN', 'Course.review.errors.notEnrolled');
  return course;
}

/** Creates or edits the viewer's one review of a course (unique (user, course) key). */
export async function saveReview(
  viewer: Viewer,
  input: SaveReviewInput,
): Promise<{ slug: string }> {
  const course = await reviewableCourse(viewer, input.courseId);
  await consumeLimit('reviewDaily', viewer.id);
  await db.transaction(async (tx) => {
    await lockCourse(tx, course.id);
    // A moderator's hidden/removed status survives an edit: only rating and text change.
    await tx
      .insert(reviews)
      .values({
        id: newId(),
        userId: viewer.id,
        courseId: course.id,
        rating: input.rating,
        body: input.body,
        verifiedPurchase: true,
      })
      .onDuplicateKeyUpdate({ set: { rating: input.rating, body: input.body } });
    await recomputeCourseRating(tx, course.id);
  });
  return { slug: course.slug };
}

export async function deleteReview(viewer: Viewer, courseId: string): Promise<{ slug: string }> {
  const [course] = await db
    .select({ slug: courses.slug })
    .from(courses)
    .where(eq(courses.id, courseId))
    .limit(1);
  if (!course) throw new AppError('NOT_FOUND', 'Errors.notFound');
  await db.transaction(async (tx) => {
    await lockCourse(tx, courseId);
    await tx
      .delete(reviews)
      .where(and(eq(reviews.userId, viewer.id), eq(reviews.courseId, courseId)));
    await recomputeCourseRating(tx, courseId);
  });
  return { slug: course.slug };
}

/** The course's creator answers a visible review once; a second reply is a conflict. */
export async function replyToReview(
  viewer: Viewer,
  reviewId: string,
  body: string,
): Promise<{ slug: string }> {
  const [row] = await db
    .select({ creatorId: courses.creatorId, slug: courses.slug, reply: reviews.creatorReply })
    .from(reviews)
    .innerJoin(courses, eq(courses.id, reviews.courseId))
    .where(and(eq(reviews.id, reviewId), eq(reviews.status, 'visible'), isNull(courses.deletedAt)))
    .limit(1);
  // Someone else's course looks like a missing review (ACCESS-1).
  if (!row || row.creatorId !== viewer.id) throw new AppError('NOT_FOUND', 'Errors.notFound');
  const [res] = await db
    .update(reviews)
    .set({ creatorReply: body })
    .where(and(eq(reviews.id, reviewId), isNull(reviews.creatorReply)));
  if (res.affectedRows === 0) throw new AppError('CONFLICT', 'Course.review.errors.alreadyReplied');
  return { slug: row.slug };
}

export type OwnReview = { rating: number; body: string | null; verifiedPurchase: boolean };

export async function getOwnReview(userId: string, courseId: string): Promise<OwnReview | null> {
  const [row] = await db
    .select({
      rating: reviews.rating,
      body: reviews.body,
      verifiedPurchase: reviews.verifiedPurchase,
    })
    .from(reviews)
    .where(and(eq(reviews.userId, userId), eq(reviews.courseId, courseId)))
    .limit(1);
  return row ?? null;
}
