import 'server-only';

import { and, desc, eq, notInArray } from 'drizzle-orm';

import { db } from '@/db';
import { courses, enrollments } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import type { CategorySummary } from '@/lib/data/catalog';
import {
  cardQuery,
  publicCourseWhere,
  toCourseCard,
  type CourseCard,
} from '@/lib/data/course-cards';
import { predictViewerInterests } from '@/lib/data/interest-model';

export type InterestHome = {
  categories: CategorySummary[];
  topRow: { category: CategorySummary; courses: CourseCard[] } | null;
};

/**
 * The home page's categories ordered by the viewer's predicted interest, and a row of public courses
 * from the top category that the viewer is not enrolled in. Without a prediction: the given order
 * and no row.
 */
export async function personaliseHome(
  viewer: Viewer | null,
  base: CategorySummary[],
  locale: string,
  size = 8,
): Promise<InterestHome> {
  const ranked = await predictViewerInterests(viewer);
  if (!viewer || !ranked) return { categories: base, topRow: null };
  const rank = new Map(ranked.map((r, i) => [r.categoryId, i]));
  const ordered = [...base].sort(
    (a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity),
  );
  const top = ordered.find((c) => rank.has(c.id) && c.courseCount > 0);
  if (!top) return { categories: ordered, topRow: null };
  const owned = db
    .select({ id: enrollments.courseId })
    .from(enrollments)
    .where(eq(enrollments.userId, viewer.id));
  const rows = await cardQuery()
    .where(and(publicCourseWhere, eq(courses.categoryId, top.id), notInArray(courses.id, owned)))
    .orderBy(desc(courses.enrollmentCount), desc(courses.id))
    .limit(size);
  const cards = rows.map((r) => toCourseCard(r, locale));
  return {
    categories: ordered,
    topRow: cards.length > 0 ? { category: top, courses: cards } : null,
  };
}
