import 'server-only';

import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';

import { db } from '@/db';
import { categories, courses, lessons, users } from '@/db/schema';
import { canModerate } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { AppError } from '@/lib/errors';
import { isCurrency, money, type Money } from '@/lib/money';

export type CourseInReview = {
  id: string;
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
  /** The last rejection note, when this is a resubmission. */
  previousNote: string | null;
};

/** Courses waiting for a decision, oldest submission first (first come, first judged). Admins only. */
export async function listCoursesInReview(viewer: Viewer): Promise<CourseInReview[]> {
  if (!canModerate(viewer)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
  const rows = await db
    .select({
      id: courses.id,
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
      previousNote: courses.moderationNote,
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
  const [lessonCounts, records] = await Promise.all([
    db
      .select({ courseId: lessons.courseId, n: count() })
      .from(lessons)
      .where(inArray(lessons.courseId, ids))
      .groupBy(lessons.courseId),
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
  const lessonsOf = new Map(lessonCounts.map((r) => [r.courseId, Number(r.n)]));
  const recordOf = new Map(records.map((r) => [r.creatorId, r]));
  return rows.map(({ creatorId, priceMinor, currency, ...r }) => ({
    ...r,
    lessonCount: lessonsOf.get(r.id) ?? 0,
    price: money(priceMinor, isCurrency(currency) ? currency : 'USD'),
    creatorPublished: Number(recordOf.get(creatorId)?.published ?? 0),
    creatorRejected: Number(recordOf.get(creatorId)?.rejected ?? 0),
  }));
}
