import 'server-only';

import { cache } from 'react';

import { and, asc, count, desc, eq, gt, sql, type SQL } from 'drizzle-orm';

import { db } from '@/db';
import { categories, courses } from '@/db/schema';
import {
  cardQuery,
  publicCourseWhere,
  toCourseCard,
  type CourseCard,
} from '@/lib/data/course-cards';
import { pageWindow } from '@/lib/pagination';
import type { CatalogFilters, CatalogSort } from '@/lib/validation/catalog';

export type CategorySummary = {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  courseCount: number;
};

export type CoursePage = { items: CourseCard[]; total: number; page: number; pageSize: number };

const isZh = (locale: string) => locale.startsWith('zh');

/**
 * Price ordering across currencies: CNY is scaled to roughly USD so a ¥19 course does not sort
 * above a $9 one. A fixed factor is enough for ordering; it never reaches a displayed price.
 */
const comparablePrice = sql`CASE ${courses.currency} WHEN 'CNY' THEN ${courses.priceMinor} * 14 / 100 ELSE ${courses.priceMinor} END`;
const averageRating = sql`${courses.ratingSum} / NULLIF(${courses.ratingCount}, 0)`;

/** The only ORDER BY clauses a client can reach: the URL names a key, never a column (WEB-6). */
export const SORT_ORDER: Record<CatalogSort, SQL[]> = {
  popular: [desc(courses.enrollmentCount), desc(courses.publishedAt)],
  newest: [desc(courses.publishedAt), desc(courses.id)],
  rating: [desc(averageRating), desc(courses.ratingCount)],
  price_asc: [asc(comparablePrice), desc(courses.enrollmentCount)],
  price_desc: [desc(comparablePrice), desc(courses.enrollmentCount)],
};

/** Extra WHERE terms for the listing filters; always combined with the public visibility rule. */
export function filterWhere(filters: CatalogFilters): SQL | undefined {
  return and(
    filters.level ? eq(courses.level, filters.level) : undefined,
    filters.language ? eq(courses.language, filters.language) : undefined,
    filters.price === 'free' ? eq(courses.priceMinor, 0) : undefined,
    filters.price === 'paid' ? gt(courses.priceMinor, 0) : undefined,
  );
}

/** Public: every category with its count of public courses, in the editors' order. Once per request. */
export const listCategories = cache(async function listCategories(
  locale: string,
): Promise<CategorySummary[]> {
  const rows = await db
    .select({
      id: categories.id,
      slug: categories.slug,
      nameEn: categories.nameEn,
      nameZh: categories.nameZh,
      descriptionEn: categories.descriptionEn,
      descriptionZh: categories.descriptionZh,
      courseCount: sql<number>`COUNT(${courses.id})`.mapWith(Number),
    })
    .from(categories)
    .leftJoin(courses, and(eq(courses.categoryId, categories.id), publicCourseWhere))
    .groupBy(categories.id)
    .orderBy(asc(categories.position), asc(categories.slug));
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    name: isZh(locale) ? r.nameZh : r.nameEn,
    description: isZh(locale) ? r.descriptionZh : r.descriptionEn,
    courseCount: r.courseCount,
  }));
});

/** Public: one category by slug, or null. */
export async function getCategoryBySlug(
  slug: string,
  locale: string,
): Promise<CategorySummary | null> {
  const all = await listCategories(locale);
  return all.find((c) => c.slug === slug) ?? null;
}

/**
 * Public listing (ACCESS-6 rule always applied) with filters, allow-listed sort and bounded paging.
 * `scope` narrows to one category or one creator.
 */
export async function listPublicCourses(
  locale: string,
  filters: CatalogFilters,
  scope: { categoryId?: string; creatorId?: string } = {},
  pageSize = 24,
): Promise<CoursePage> {
  const win = pageWindow(filters.page, pageSize);
  const where = and(
    publicCourseWhere,
    filterWhere(filters),
    scope.categoryId ? eq(courses.categoryId, scope.categoryId) : undefined,
    scope.creatorId ? eq(courses.creatorId, scope.creatorId) : undefined,
  );
  const [rows, [totalRow]] = await Promise.all([
    cardQuery()
      .where(where)
      .orderBy(...SORT_ORDER[filters.sort ?? 'popular'])
      .limit(win.pageSize)
      .offset(win.offset),
    db.select({ n: count() }).from(courses).where(where),
  ]);
  return {
    items: rows.map((r) => toCourseCard(r, locale)),
    total: totalRow?.n ?? 0,
    page: win.page,
    pageSize: win.pageSize,
  };
}

export type HomeRows = { featured: CourseCard[]; popular: CourseCard[]; newest: CourseCard[] };

/** Public: the three storefront rows. */
export async function listHomeRows(locale: string, size = 8): Promise<HomeRows> {
  const [featured, popular, newest] = await Promise.all([
    cardQuery()
      .where(and(publicCourseWhere, eq(courses.isFeatured, true)))
      .orderBy(...SORT_ORDER.popular)
      .limit(size),
    cardQuery()
      .where(publicCourseWhere)
      .orderBy(...SORT_ORDER.popular)
      .limit(size),
    cardQuery()
      .where(publicCourseWhere)
      .orderBy(...SORT_ORDER.newest)
      .limit(size),
  ]);
  const map = (rows: typeof featured) => rows.map((r) => toCourseCard(r, locale));
  return { featured: map(featured), popular: map(popular), newest: map(newest) };
}

/** Public: slugs and last-change times for the sitemap; drafts and deleted courses never appear. */
export async function listPublicCourseSlugs(): Promise<{ slug: string; updatedAt: Date }[]> {
  return db
    .select({ slug: courses.slug, updatedAt: courses.updatedAt })
    .from(courses)
    .where(publicCourseWhere)
    .orderBy(desc(courses.publishedAt))
    .limit(50_000);
}
