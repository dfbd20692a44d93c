import 'server-only';

import { and, eq, isNull, type SQL } from 'drizzle-orm';

import { db } from '@/db';
import { courses, type CourseStatus } from '@/db/schema';
import { canModerate } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { getCourseForEditOrThrow } from '@/lib/data/studio-courses';
import { AppError } from '@/lib/errors';
import { isCurrency, money, type CurrencyCode } from '@/lib/money';
import { checkPrice, type PriceProblem } from '@/lib/pricing';
import type { SetPriceInput } from '@/lib/validation/pricing';

export type CoursePricing = {
  id: string;
  slug: string;
  title: string;
  status: CourseStatus;
  creatorId: string;
  priceMinor: number;
  currency: CurrencyCode;
};

/** The same scope as the course editor: a creator's WHERE can only match their own live course. */
export function ownedCourseWhere(viewer: Viewer, courseId: string): SQL | undefined {
  const base = and(eq(courses.id, courseId), isNull(courses.deletedAt));
  return canModerate(viewer) ? base : and(base, eq(courses.creatorId, viewer.id));
}

/** Creator of the course or admin (ACCESS-3); anyone else's course is NOT_FOUND. */
export async function getCoursePricingOrThrow(
  viewer: Viewer,
  courseId: string,
): Promise<CoursePricing> {
  const course = await getCourseForEditOrThrow(viewer, courseId);
  const [row] = await db
    .select({
      creatorId: courses.creatorId,
      priceMinor: courses.priceMinor,
      currency: courses.currency,
    })
    .from(courses)
    .where(ownedCourseWhere(viewer, course.id))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND', 'Errors.notFound');
  return {
    id: course.id,
    slug: course.slug,
    title: course.title,
    status: course.status,
    creatorId: row.creatorId,
    priceMinor: row.priceMinor,
    // Rows are written through this module, which only accepts supported currencies.
    currency: isCurrency(row.currency) ? row.currency : 'USD',
  };
}

/** Each price problem's message key, written out so the error-key test can check every one. */
const PRICE_MESSAGES: Record<PriceProblem, string> = {
  tooLow: 'StudioPricing.errors.tooLow',
  tooHigh: 'StudioPricing.errors.tooHigh',
};

/**
 * Sets the list price of the creator's own course (ACCESS-3): ownership is checked on the course as
 * stored and again in the UPDATE's WHERE; a paid price must be at least Stripe's minimum charge.
 * Open orders are re-priced when their buyer next clicks Buy (lib/payments/open-order.ts).
 */
export async function setCoursePrice(
  viewer: Viewer,
  input: SetPriceInput,
): Promise<{ slug: string }> {
  const course = await getCoursePricingOrThrow(viewer, input.courseId);
  const problem = checkPrice(money(input.priceMinor, input.currency));
  if (problem)
    throw new AppError('BAD_REQUEST', PRICE_MESSAGES[problem], {
      fieldErrors: { price: [PRICE_MESSAGES[problem]] },
    });
  const [res] = await db
    .update(courses)
    .set({ priceMinor: input.priceMinor, currency: input.currency })
    .where(ownedCourseWhere(viewer, course.id));
  if (res.affectedRows !== 1) throw new AppError('NOT_FOUND', 'Errors.notFound');
  return { slug: course.slug };
}
