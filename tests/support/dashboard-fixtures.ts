import { db } from '@/db';
import {
  categories,
  courses,
  earningsLedger,
  enrollments,
  orders,
  refunds,
  reviews,
  users,
  type CourseStatus,
  type OrderStatus,
  type UserRole,
} from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { newId } from '@/lib/ids';
import type { CurrencyCode } from '@/lib/money';

/** Builders for dashboard tests: each call makes fresh rows, so tests never depend on each other's data. */

export const DAY_MS = 86_400_000;
export const daysAgo = (n: number) => new Date(Date.now() - n * DAY_MS);
export const dayKey = (d: Date) => d.toISOString().slice(0, 10);

export async function makeUser(role: UserRole, name = `${role} ${newId(6)}`, createdAt?: Date) {
  const id = newId();
  const email = `${role}-${id}@test.local`;
  await db.insert(users).values({ id, email, name, role, ...(createdAt ? { createdAt } : {}) });
  const viewer: Viewer = { id, role, name, email, emailVerified: true, locale: 'en' };
  return viewer;
}

export async function makeCourse(
  creatorId: string,
  opts: {
    status?: CourseStatus;
    title?: string;
    ratingSum?: number;
    ratingCount?: number;
    priceMinor?: number;
    currency?: CurrencyCode;
    /** A second price, in the other currency. */
    alt?: { priceMinor: number; currency: CurrencyCode };
  } = {},
) {
  const categoryId = newId();
  await db
    .insert(categories)
    .values({ id: categoryId, slug: `cat-${categoryId}`, nameEn: 'Cat', nameZh: '类' });
  const id = newId();
  await db.insert(courses).values({
    id,
    slug: `course-${id}`,
    creatorId,
    categoryId,
    title: opts.title ?? `Course ${id.slice(0, 6)}`,
    description: 'About',
    language: 'en',
    priceMinor: opts.priceMinor ?? 2000,
    currency: opts.currency ?? 'USD',
    altPriceMinor: opts.alt?.priceMinor ?? null,
    altCurrency: opts.alt?.currency ?? null,
    status: opts.status ?? 'published',
    ratingSum: opts.ratingSum ?? 0,
    ratingCount: opts.ratingCount ?? 0,
  });
  return id;
}

export async function enroll(
  userId: string,
  courseId: string,
  opts: { status?: 'active' | 'suspended' | 'revoked'; createdAt?: Date } = {},
) {
  await db.insert(enrollments).values({
    id: newId(),
    userId,
    courseId,
    source: 'purchase',
    status: opts.status ?? 'active',
    ...(opts.createdAt ? { createdAt: opts.createdAt } : {}),
  });
}

/** One order row as checkout and fulfilment leave it; the caller says how far it got. */
export async function insertOrder(opts: {
  buyerId: string;
  courseId: string;
  creatorId: string;
  amountMinor: number;
  currency: CurrencyCode;
  status: OrderStatus;
  paymentMethod?: string | null;
  paidAt: Date | null;
  createdAt: Date;
}) {
  const id = newId();
  await db.insert(orders).values({
    id,
    userId: opts.buyerId,
    courseId: opts.courseId,
    creatorId: opts.creatorId,
    listPriceMinor: opts.amountMinor,
    amountMinor: opts.amountMinor,
    currency: opts.currency,
    status: opts.status,
    paymentMethod: opts.paymentMethod ?? null,
    checkoutSessionId: `cs_test_${id}`,
    paymentIntentId: opts.paidAt ? `pi_test_${id}` : null,
    paidAt: opts.paidAt,
    createdAt: opts.createdAt,
  });
  return id;
}

/**
 * A paid order with its ledger rows as fulfilment writes them: +sale, -platform fee (30 %).
 * With `refunded`, also the refund: -sale and +fee returned, plus a succeeded refund row.
 */
export async function paidOrder(opts: {
  buyerId: string;
  courseId: string;
  creatorId: string;
  amountMinor: number;
  currency: CurrencyCode;
  at?: Date;
  refunded?: boolean;
}) {
  const at = opts.at ?? new Date();
  const fee = Math.round(opts.amountMinor * 0.3);
  const id = await insertOrder({
    ...opts,
    status: opts.refunded ? 'refunded' : 'paid',
    paidAt: at,
    createdAt: at,
  });
  const entry = (kind: 'sale' | 'platform_fee' | 'refund' | 'refund_fee', amountMinor: number) => ({
    creatorId: opts.creatorId,
    orderId: id,
    kind,
    amountMinor,
    currency: opts.currency,
    createdAt: at,
  });
  await db
    .insert(earningsLedger)
    .values([entry('sale', opts.amountMinor), entry('platform_fee', -fee)]);
  if (opts.refunded) {
    await db
      .insert(earningsLedger)
      .values([entry('refund', -opts.amountMinor), entry('refund_fee', fee)]);
    await db.insert(refunds).values({
      id: newId(),
      orderId: id,
      amountMinor: opts.amountMinor,
      currency: opts.currency,
      status: 'succeeded',
      reason: 'test',
      requestedBy: opts.buyerId,
    });
  }
  return id;
}

export async function review(
  userId: string,
  courseId: string,
  opts: {
    rating: number;
    body?: string;
    status?: 'visible' | 'hidden' | 'removed';
    createdAt?: Date;
  },
) {
  const id = newId();
  await db.insert(reviews).values({
    id,
    userId,
    courseId,
    rating: opts.rating,
    body: opts.body ?? null,
    status: opts.status ?? 'visible',
    ...(opts.createdAt ? { createdAt: opts.createdAt } : {}),
  });
  return id;
}

/** Every object key anywhere in a value: DTO shape checks (DATA-1) look at nested objects too. */
export function allKeys(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) allKeys(v, into);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      allKeys(v, into);
    }
  }
  return into;
}

export async function rejectionOf(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected the call to be refused');
}
