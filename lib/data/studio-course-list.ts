import 'server-only';

import { and, count, desc, eq, isNull, like } from 'drizzle-orm';
import { z } from 'zod';

import { db } from '@/db';
import { COURSE_STATUSES, courses, enrollments, type CourseStatus } from '@/db/schema';
import { canUseStudio } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { toRating, type CourseRating } from '@/lib/data/aggregates';
import { AppError } from '@/lib/errors';
import { isCurrency, type Money } from '@/lib/money';

export const STUDIO_COURSES_PAGE_SIZE = 20;

/** The studio course table's URL state; anything unknown falls back to "all, first page". */
export const studioCourseFilterSchema = z.object({
  status: z.enum(COURSE_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
  q: z.string().trim().max(100).optional().catch(undefined),
});
export type StudioCourseFilter = z.input<typeof studioCourseFilterSchema>;

export type StudioCourseRow = {
  id: string;
  slug: string;
  title: string;
  status: CourseStatus;
  price: Money;
  students: number;
  rating: CourseRating;
  updatedAt: string;
};

export type StudioCoursePage = {
  items: StudioCourseRow[];
  total: number;
  page: number;
  pageSize: number;
  status: CourseStatus | null;
};

/** LIKE wildcards in the search text are matched literally. */
function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Creator (or admin) only; the viewer's own courses, never another creator's, newest change first. */
export async function listStudioCourses(
  viewer: Viewer,
  filter: StudioCourseFilter = {},
): Promise<StudioCoursePage> {
  if (!canUseStudio(viewer)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
  const { status, page, q } = studioCourseFilterSchema.parse(filter);
  const where = and(
    eq(courses.creatorId, viewer.id),
    isNull(courses.deletedAt),
    status ? eq(courses.status, status) : undefined,
    q ? like(courses.title, containsPattern(q)) : undefined,
  );
  const [rows, [totalRow]] = await Promise.all([
    db
      .select({
        id: courses.id,
        slug: courses.slug,
        title: courses.title,
        status: courses.status,
        priceMinor: courses.priceMinor,
        currency: courses.currency,
        ratingSum: courses.ratingSum,
        ratingCount: courses.ratingCount,
        updatedAt: courses.updatedAt,
        students: count(enrollments.id),
      })
      .from(courses)
      .leftJoin(
        enrollments,
        and(eq(enrollments.courseId, courses.id), eq(enrollments.status, 'active')),
      )
      .where(where)
      .groupBy(courses.id)
      .orderBy(desc(courses.updatedAt), courses.id)
      .limit(STUDIO_COURSES_PAGE_SIZE)
      .offset((page - 1) * STUDIO_COURSES_PAGE_SIZE),
    db.select({ n: count() }).from(courses).where(where),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      title: r.title,
      status: r.status,
      price: { amountMinor: r.priceMinor, currency: isCurrency(r.currency) ? r.currency : 'USD' },
      students: r.students,
      rating: toRating(r.ratingSum, r.ratingCount),
      updatedAt: r.updatedAt.toISOString(),
    })),
    total: totalRow?.n ?? 0,
    page,
    pageSize: STUDIO_COURSES_PAGE_SIZE,
    status: status ?? null,
  };
}
