import 'server-only';

import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';

import { db } from '@/db';
import { categories, courses, users } from '@/db/schema';
import { canModerate } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { isCourseReviewReason, type CourseReviewReason } from '@/lib/course-review-reasons';
import { diffCourseSnapshots, type CourseChange, type SnapshotLesson } from '@/lib/course-snapshot';
import { takeCourseSnapshots } from '@/lib/data/course-snapshot';
import { AppError } from '@/lib/errors';
import { isCurrency, money, type Money } from '@/lib/money';

export type CourseInReview = {
  id: string;
  slug: string;
  title: string;
  subtitle: string;
  description: string;
  categoryName: string;
  creatorName: string;
  submittedAt: Date | null;
  lessonCount: number;
  durationSec: number;
  price: Money;
  /** The creator's record: how many of their courses are live and how many were rejected before. */
  creatorPublished: number;
  creatorRejected: number;
  /** The last rejection's reason and note, when this is a resubmission. */
  previousReason: CourseReviewReason | null;
  previousNote: string | null;
  /** Every lesson, in curriculum order, for the reviewer to open in the player. */
  lessons: SnapshotLesson[];
  /** What changed since the last approval; null when no approved version is on record. */
  changes: CourseChange[] | null;
  /** Published once before: with no snapshot, it was approved before snapshots were kept. */
  publishedBefore: boolean;
};

/** Courses waiting for a decision, oldest submission first (first come, first judged). Admins only. */
export async function listCoursesInReview(viewer: Viewer): Promise<CourseInReview[]> {
  if (!canModerate(viewer)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
  const rows = await db
    .select({
      id: courses.id,
      slug: courses.slug,
      title: courses.title,
      subtitle: courses.subtitle,
      description: courses.description,
      categoryName: categories.nameEn,
      creatorId: courses.creatorId,
      creatorName: users.name,
      submittedAt: courses.submittedAt,
      durationSec: courses.durationSec,
      priceMinor: courses.priceMinor,
      currency: courses.currency,
      previousReason: courses.moderationReason,
      previousNote: courses.moderationNote,
      approvedSnapshot: courses.approvedSnapshot,
      publishedAt: courses.publishedAt,
    })
    .from(courses)
    .innerJoin(users, eq(users.id, courses.creatorId))
    .innerJoin(categories, eq(categories.id, courses.categoryId))
    .where(and(eq(courses.status, 'in_review'), isNull(courses.deletedAt)))
    .orderBy(asc(courses.submittedAt), asc(courses.id))
    .limit(100);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const creatorIds = [...new Set(rows.map((r) => r.creatorId))];
  const [snapshots, records] = await Promise.all([
    takeCourseSnapshots(db, ids),
    db
      .select({
        creatorId: courses.creatorId,
        published: sql<number>`sum(${courses.status} = 'published')`,
        rejected: sql<number>`sum(${courses.status} = 'rejected')`,
      })
      .from(courses)
      .where(and(inArray(courses.creatorId, creatorIds), isNull(courses.deletedAt)))
      .groupBy(courses.creatorId),
  ]);
  const recordOf = new Map(records.map((r) => [r.creatorId, r]));
  return rows.map(({ creatorId, priceMinor, currency, approvedSnapshot, publishedAt, ...r }) => {
    const now = snapshots.get(r.id);
    return {
      ...r,
      publishedBefore: publishedAt !== null,
      previousReason: isCourseReviewReason(r.previousReason) ? r.previousReason : null,
      lessonCount: now?.lessons.length ?? 0,
      lessons: now?.lessons ?? [],
      changes: approvedSnapshot && now ? diffCourseSnapshots(approvedSnapshot, now) : null,
      price: money(priceMinor, isCurrency(currency) ? currency : 'USD'),
      creatorPublished: Number(recordOf.get(creatorId)?.published ?? 0),
      creatorRejected: Number(recordOf.get(creatorId)?.rejected ?? 0),
    };
  });
}
