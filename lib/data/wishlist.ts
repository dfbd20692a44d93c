import 'server-only';

import { cache } from 'react';

import { and, desc, eq } from 'drizzle-orm';

import { db } from '@/db';
import { courses, wishlistItems } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import {
  cardQuery,
  publicCourseWhere,
  toCourseCard,
  type CourseCard,
} from '@/lib/data/course-cards';
import { AppError } from '@/lib/errors';

/**
 * Adds or removes one course on the viewer's wishlist. Only public courses can be added (ACCESS-6);
 * removing always works, so a course that went away can still be cleared. Idempotent both ways.
 * The wishlist row itself is the recommendation signal (lib/data/recs-source.ts reads it).
 */
export async function setWishlisted(
  viewer: Viewer,
  courseId: string,
  on: boolean,
): Promise<{ slug: string | null }> {
  if (!on) {
    await db
      .delete(wishlistItems)
      .where(and(eq(wishlistItems.userId, viewer.id), eq(wishlistItems.courseId, courseId)));
    const [row] = await db
      .select({ slug: courses.slug })
      .from(courses)
      .where(eq(courses.id, courseId));
    return { slug: row?.slug ?? null };
  }
  const [course] = await db
    .select({ id: courses.id, slug: courses.slug })
    .from(courses)
    .where(and(eq(courses.id, courseId), publicCourseWhere))
    .limit(1);
  if (!course) throw new AppError('NOT_FOUND', 'Errors.notFound');
  await db
    .insert(wishlistItems)
    .values({ userId: viewer.id, courseId: course.id })
    .onDuplicateKeyUpdate({ set: { userId: viewer.id } });
  return { slug: course.slug };
}

/** The viewer's wishlisted course ids, read once per request however many hearts a page shows. */
export const getWishlistedIds = cache(async (userId: string): Promise<ReadonlySet<string>> => {
  const rows = await db
    .select({ courseId: wishlistItems.courseId })
    .from(wishlistItems)
    .where(eq(wishlistItems.userId, userId));
  return new Set(rows.map((r) => r.courseId));
});

/** The wishlist page: public courses only, newest first. */
export async function listWishlist(userId: string, locale: string): Promise<CourseCard[]> {
  const rows = await cardQuery()
    .innerJoin(wishlistItems, eq(wishlistItems.courseId, courses.id))
    .where(and(eq(wishlistItems.userId, userId), publicCourseWhere))
    .orderBy(desc(wishlistItems.createdAt))
    .limit(200);
  return rows.map((r) => toCourseCard(r, locale));
}
