import 'server-only';

import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';

import { db } from '@/db';
import { courseSearchTerms, courses } from '@/db/schema';
import { filterWhere, SORT_ORDER, type CoursePage } from '@/lib/data/catalog';
import { cardQuery, publicCourseWhere, toCourseCard } from '@/lib/data/course-cards';
import { pageWindow } from '@/lib/pagination';
import { queryTerms } from '@/lib/search/tokenize';
import type { SearchFilters } from '@/lib/validation/catalog';

export { reindexCourse } from '@/lib/data/search-index';

/** A query longer than this many distinct terms is cut: the IN list stays small and cheap. */
const MAX_QUERY_TERMS = 16;

/**
 * Public search over our own index (course_search_terms), for Chinese and English alike: the query
 * is tokenized exactly like course text, matches are ranked by the summed weights of the matched
 * terms, then by popularity. Only public courses (ACCESS-6); every value is a bound parameter (WEB-6).
 */
export async function searchCourses(
  locale: string,
  filters: SearchFilters,
  pageSize = 24,
): Promise<CoursePage> {
  const win = pageWindow(filters.page, pageSize);
  const terms = queryTerms(filters.q ?? '').slice(0, MAX_QUERY_TERMS);
  if (terms.length === 0) return { items: [], total: 0, page: win.page, pageSize: win.pageSize };
  const minMatches = Math.ceil(terms.length / 2);

  const matches = db
    .select({
      courseId: courseSearchTerms.courseId,
      score: sql<number>`SUM(${courseSearchTerms.weight})`.mapWith(Number).as('score'),
    })
    .from(courseSearchTerms)
    .where(inArray(courseSearchTerms.term, terms))
    .groupBy(courseSearchTerms.courseId)
    // At least half the query's terms must match: "机器学习" should not return every course whose
    // text merely contains "学习". The (term, course) key makes COUNT(*) the distinct matches.
    .having(sql`COUNT(*) >= ${minMatches}`)
    .as('matches');

  const where = and(publicCourseWhere, filterWhere(filters));
  const order = filters.sort
    ? [...SORT_ORDER[filters.sort], desc(matches.score)]
    : [desc(matches.score), desc(courses.enrollmentCount), desc(courses.id)];

  const [rows, [totalRow]] = await Promise.all([
    cardQuery()
      .innerJoin(matches, eq(matches.courseId, courses.id))
      .where(where)
      .orderBy(...order)
      .limit(win.pageSize)
      .offset(win.offset),
    db
      .select({ n: count() })
      .from(courses)
      .innerJoin(matches, eq(matches.courseId, courses.id))
      .where(where),
  ]);
  return {
    items: rows.map((r) => toCourseCard(r, locale)),
    total: totalRow?.n ?? 0,
    page: win.page,
    pageSize: win.pageSize,
  };
}
