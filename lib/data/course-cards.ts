import 'server-only';

import { and, eq, inArray, isNull } from 'drizzle-orm';

import { db } from '@/db';
import { categories, courses, creatorProfiles, users } from '@/db/schema';
import { isCurrency, type Money } from '@/lib/money';
import { choosePrice, coursePrices } from '@/lib/pricing';

/** What a course tile shows. Public fields only: safe to send to any browser. */
export type CourseCard = {
  id: string;
  slug: string;
  title: string;
  subtitle: string;
  coverUrl: string | null;
  language: 'en' | 'zh';
  level: 'beginner' | 'intermediate' | 'advanced' | 'all';
  price: Money;
  category: { id: string; slug: string; name: string };
  creator: { name: string; slug: string | null };
  rating: { average: number | null; count: number };
  enrollmentCount: number;
  durationSec: number;
};

/** The one visibility rule for public listings (ACCESS-6): published and not deleted. */
export const publicCourseWhere = and(eq(courses.status, 'published'), isNull(courses.deletedAt));

const cardColumns = {
  id: courses.id,
  slug: courses.slug,
  title: courses.title,
  subtitle: courses.subtitle,
  coverUrl: courses.coverUrl,
  language: courses.language,
  level: courses.level,
  priceMinor: courses.priceMinor,
  currency: courses.currency,
  altPriceMinor: courses.altPriceMinor,
  altCurrency: courses.altCurrency,
  ratingSum: courses.ratingSum,
  ratingCount: courses.ratingCount,
  enrollmentCount: courses.enrollmentCount,
  durationSec: courses.durationSec,
  categoryId: categories.id,
  categorySlug: categories.slug,
  categoryEn: categories.nameEn,
  categoryZh: categories.nameZh,
  creatorName: users.name,
  creatorDisplayName: creatorProfiles.displayName,
  creatorSlug: creatorProfiles.slug,
};

type CardRow = { [K in keyof typeof cardColumns]: (typeof cardColumns)[K]['_']['data'] | null };

export function cardQuery() {
  return db
    .select(cardColumns)
    .from(courses)
    .innerJoin(categories, eq(categories.id, courses.categoryId))
    .innerJoin(users, eq(users.id, courses.creatorId))
    .leftJoin(creatorProfiles, eq(creatorProfiles.userId, courses.creatorId));
}

/** Every price the course sells at, the primary one first (lib/pricing.ts). */
export function cardPrices(row: CardRow): Money[] {
  const currency = row.currency ?? 'USD';
  return coursePrices({
    priceMinor: row.priceMinor ?? 0,
    currency: isCurrency(currency) ? currency : 'USD',
    altPriceMinor: row.altPriceMinor,
    altCurrency: row.altCurrency,
  });
}

export function toCourseCard(row: CardRow, locale: string): CourseCard {
  return {
    id: row.id!,
    slug: row.slug!,
    title: row.title!,
    subtitle: row.subtitle ?? '',
    coverUrl: row.coverUrl,
    language: row.language!,
    level: row.level!,
    // A course sold in USD and CNY shows CNY to Chinese-language visitors, as its page does.
    price: choosePrice(cardPrices(row), undefined, locale),
    category: {
      id: row.categoryId!,
      slug: row.categorySlug!,
      name: (locale.startsWith('zh') ? row.categoryZh : row.categoryEn) ?? '',
    },
    creator: { name: row.creatorDisplayName ?? row.creatorName ?? '', slug: row.creatorSlug },
    rating: {
      average: row.ratingCount
        ? Math.round(((row.ratingSum ?? 0) / row.ratingCount) * 10) / 10
        : null,
      count: row.ratingCount ?? 0,
    },
    enrollmentCount: row.enrollmentCount ?? 0,
    durationSec: row.durationSec ?? 0,
  };
}

/** Public cards for the given ids, in the given order; unpublished ids are silently dropped. */
export async function listCourseCardsByIds(ids: string[], locale: string): Promise<CourseCard[]> {
  if (ids.length === 0) return [];
  const rows = await cardQuery().where(and(publicCourseWhere, inArray(courses.id, ids)));
  const byId = new Map(rows.map((r) => [r.id, toCourseCard(r, locale)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
