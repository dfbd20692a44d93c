import 'server-only';

import { and, eq, isNull, type SQL } from 'drizzle-orm';

import { db } from '@/db';
import { courses, type CourseStatus } from '@/db/schema';
import { canModerate } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { writeAudit } from '@/lib/data/audit';
import { getCourseForEditOrThrow } from '@/lib/data/studio-courses';
import { AppError } from '@/lib/errors';
import { isCurrency, money, type CurrencyCode } from '@/lib/money';
import { checkPrice, coursePrices, otherCurrency, type PriceProblem } from '@/lib/pricing';
import type { SetPriceInput } from '@/lib/validation/pricing';

export type CoursePricing = {
  id: string;
  slug: string;
  title: string;
  status: CourseStatus;
  creatorId: string;
  priceMinor: number;
  currency: CurrencyCode;
  /** The price in the other currency, when the course also sells in it. */
  altPriceMinor: number | null;
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
      altPriceMinor: courses.altPriceMinor,
      altCurrency: courses.altCurrency,
    })
    .from(courses)
    .where(ownedCourseWhere(viewer, course.id))
    .limit(1);
  if (!row) throw new AppError('NOT_FOUND', 'Errors.notFound');
  // Rows are written through this module, which only accepts supported currencies.
  const currency = isCurrency(row.currency) ? row.currency : 'USD';
  const [, alt] = coursePrices({ ...row, currency });
  return {
    id: course.id,
    slug: course.slug,
    title: course.title,
    status: course.status,
    creatorId: row.creatorId,
    priceMinor: row.priceMinor,
    currency,
    altPriceMinor: alt?.amountMinor ?? null,
  };
}

/** Each price problem's message key, written out so the error-key test can check every one. */
const PRICE_MESSAGES: Record<PriceProblem, string> = {
  tooLow: 'StudioPricing.errors.tooLow',
  tooHigh: 'StudioPricing.errors.tooHigh',
};

/**
 * Sets the list price of the creator's own course (ACCESS-3), and optionally its price in the other
 * supported currency: ownership is checked on the course as stored and again in the UPDATE's WHERE;
 * each paid price must be at least Stripe's minimum charge in its currency. Open orders are
 * re-priced when their buyer next clicks Buy (lib/payments/open-order.ts). A change is audited.
 */
export async function setCoursePrice(
  viewer: Viewer,
  input: SetPriceInput,
  actorIp = '',
): Promise<{ slug: string }> {
  const course = await getCoursePricingOrThrow(viewer, input.courseId);
  const altCurrency = otherCurrency(input.currency);
  const problems = {
    price: checkPrice(money(input.priceMinor, input.currency)),
    altPrice: input.altPriceMinor ? checkPrice(money(input.altPriceMinor, altCurrency)) : null,
  };
  const fieldErrors = Object.fromEntries(
    Object.entries(problems).flatMap(([field, p]) => (p ? [[field, [PRICE_MESSAGES[p]]]] : [])),
  );
  const first = problems.price ?? problems.altPrice;
  if (first) throw new AppError('BAD_REQUEST', PRICE_MESSAGES[first], { fieldErrors });
  const before = {
    priceMinor: course.priceMinor,
    currency: course.currency,
    altPriceMinor: course.altPriceMinor,
  };
  const after = {
    priceMinor: input.priceMinor,
    currency: input.currency,
    altPriceMinor: input.altPriceMinor,
  };
  if (JSON.stringify(before) === JSON.stringify(after)) return { slug: course.slug };
  // A price is money: the change and its audit row (ACCESS-5) land together or not at all.
  await db.transaction(async (tx) => {
    const [res] = await tx
      .update(courses)
      .set({
        priceMinor: input.priceMinor,
        currency: input.currency,
        altPriceMinor: input.altPriceMinor,
        altCurrency: input.altPriceMinor ? altCurrency : null,
      })
      .where(ownedCourseWhere(viewer, course.id));
    if (res.affectedRows !== 1) throw new AppError('NOT_FOUND', 'Errors.notFound');
    await writeAudit(tx, viewer, actorIp, {
      action: 'course.price',
      targetType: 'course',
      targetId: course.id,
      before,
      after,
      reason: null,
    });
  });
  return { slug: course.slug };
}
