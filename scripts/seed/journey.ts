import type { EventType } from '@/db/schema';
import { money, splitRevenue } from '@/lib/money';

import { at, DAY_MS, type CourseFacts, type SeedRows } from './plan';
import { seedId, type Rng } from './random';

export const PLATFORM_FEE_BPS = 2000;

export type EventDraft = {
  userId: string | null;
  anonId?: string;
  type: EventType;
  courseId: string | null;
  lessonId?: string;
  value?: number;
  t: number;
};

/** Shared state while behaviour is generated; counters become the course's denormalised columns. */
export type Journal = {
  rows: SeedRows;
  events: EventDraft[];
  nowMs: number;
  adminId: string;
  counters: Map<string, { enrollments: number; ratingSum: number; ratingCount: number }>;
};

export type EnrollInput = {
  userId: string;
  course: CourseFacts;
  t: number;
  /** Share of lessons the learner gets through if time allows, 0..1. */
  progress: number;
  /** Average days between finished lessons. */
  pace: number;
  rating?: { stars: number; body: string | null; reply?: string | null };
  paymentMethod?: string;
  refunded?: boolean;
  r: Rng;
};

function counter(j: Journal, courseId: string) {
  let c = j.counters.get(courseId);
  if (!c) j.counters.set(courseId, (c = { enrollments: 0, ratingSum: 0, ratingCount: 0 }));
  return c;
}

/** Checkout (paid courses), enrollment, lesson progress, completion and review, with their events. */
export function enroll(
  j: Journal,
  input: EnrollInput,
): { enrollmentId: string; lastTouch: number } {
  const { userId, course, t, r } = input;
  const enrollmentId = seedId(`enrollment:${userId}:${course.id}`);
  let orderId: string | null = null;
  let refundedAt: number | null = null;
  if (course.priceMinor > 0) {
    orderId = seedId(`order:${userId}:${course.id}`);
    j.events.push({
      userId,
      type: 'checkout_start',
      courseId: course.id,
      t: t - r.int(60, 600) * 1000,
    });
    const createdAt = at(t - r.int(30, 300) * 1000);
    refundedAt = input.refunded ? t + r.int(1, 6) * DAY_MS : null;
    if (refundedAt !== null && refundedAt > j.nowMs) refundedAt = j.nowMs - 3_600_000;
    j.rows.orders.push({
      id: orderId,
      userId,
      courseId: course.id,
      creatorId: course.creatorId,
      listPriceMinor: course.priceMinor,
      discountMinor: 0,
      amountMinor: course.priceMinor,
      currency: course.currency,
      status: refundedAt !== null ? 'refunded' : 'paid',
      checkoutSessionId: `cs_demo_${orderId}`,
      paymentIntentId: `pi_demo_${orderId}`,
      paymentMethod: input.paymentMethod ?? 'card',
      stripeUpdatedAt: Math.floor((refundedAt ?? t) / 1000),
      paidAt: at(t),
      refundedAt: refundedAt !== null ? at(refundedAt) : null,
      refundedMinor: refundedAt !== null ? course.priceMinor : 0,
      createdAt,
      updatedAt: at(refundedAt ?? t),
    });
    const split = splitRevenue(money(course.priceMinor, course.currency), PLATFORM_FEE_BPS);
    const ledger = (
      kind: 'sale' | 'platform_fee' | 'refund' | 'refund_fee',
      amountMinor: number,
      when: number,
    ) =>
      j.rows.earningsLedger.push({
        creatorId: course.creatorId,
        orderId,
        kind,
        amountMinor,
        currency: course.currency,
        // Refund lines carry their Stripe refund's id, as fulfilment books them.
        ref: kind === 'refund' || kind === 'refund_fee' ? `re_demo_${orderId}` : '',
        createdAt: at(when),
      });
    // Signed amounts: the creator's balance is the sum of their rows.
    ledger('sale', course.priceMinor, t);
    ledger('platform_fee', -split.platform.amountMinor, t);
    if (refundedAt !== null) {
      ledger('refund', -course.priceMinor, refundedAt);
      ledger('refund_fee', split.platform.amountMinor, refundedAt);
      j.rows.refunds.push({
        id: seedId(`refund:${orderId}`),
        orderId,
        amountMinor: course.priceMinor,
        currency: course.currency,
        status: 'succeeded',
        reason: 'The course was not what I expected.',
        stripeRefundId: `re_demo_${orderId}`,
        requestedBy: userId,
        decidedBy: j.adminId,
        createdAt: at(refundedAt - 3_600_000),
        updatedAt: at(refundedAt),
      });
    }
  }
  j.events.push({ userId, type: 'enroll', courseId: course.id, t });

  // Lessons are finished one after another; whatever would land in the future has not happened yet.
  const target =
    refundedAt !== null
      ? Math.min(1, course.lessons.length)
      : Math.round(input.progress * course.lessons.length);
  let clock = t + r.int(5, 120) * 60_000;
  let done = 0;
  let lastLessonId: string | null = null;
  for (const lesson of course.lessons.slice(0, target)) {
    if (clock >= j.nowMs || (refundedAt !== null && clock >= refundedAt)) break;
    j.rows.lessonProgress.push({
      userId,
      lessonId: lesson.id,
      courseId: course.id,
      positionSec: lesson.durationSec,
      completedAt: at(clock),
      updatedAt: at(clock),
    });
    j.events.push({
      userId,
      type: 'lesson_complete',
      courseId: course.id,
      lessonId: lesson.id,
      t: clock,
    });
    lastLessonId = lesson.id;
    done++;
    clock += Math.round(r.next() * 2 * input.pace * DAY_MS) + r.int(10, 90) * 60_000;
  }
  const partial = course.lessons[done];
  if (
    partial &&
    done < course.lessons.length &&
    clock < j.nowMs &&
    refundedAt === null &&
    r.chance(0.6)
  ) {
    const pos = Math.floor(partial.durationSec * (0.1 + 0.8 * r.next()));
    j.rows.lessonProgress.push({
      userId,
      lessonId: partial.id,
      courseId: course.id,
      positionSec: pos,
      completedAt: null,
      updatedAt: at(clock),
    });
    lastLessonId = partial.id;
  }
  const complete = done === course.lessons.length;
  const lastTouch = Math.min(clock, j.nowMs - 60_000);
  if (complete)
    j.events.push({ userId, type: 'course_complete', courseId: course.id, t: lastTouch });

  j.rows.enrollments.push({
    id: enrollmentId,
    userId,
    courseId: course.id,
    status: refundedAt !== null ? 'revoked' : 'active',
    source: orderId ? 'purchase' : 'free',
    orderId,
    lastLessonId,
    progressPercent: Math.round((100 * done) / course.lessons.length),
    completedAt: complete ? at(lastTouch) : null,
    createdAt: at(t),
    updatedAt: at(refundedAt ?? lastTouch),
  });
  if (refundedAt !== null) return { enrollmentId, lastTouch: refundedAt };
  counter(j, course.id).enrollments++;

  if (input.rating) {
    const when = Math.min(j.nowMs - 30_000, lastTouch + r.int(10, 600) * 60_000);
    j.rows.reviews.push({
      id: seedId(`review:${userId}:${course.id}`),
      userId,
      courseId: course.id,
      rating: input.rating.stars,
      body: input.rating.body,
      status: 'visible',
      verifiedPurchase: orderId !== null,
      creatorReply: input.rating.reply ?? null,
      createdAt: at(when),
      updatedAt: at(when),
    });
    j.events.push({
      userId,
      type: 'rate',
      courseId: course.id,
      value: input.rating.stars,
      t: when,
    });
    const c = counter(j, course.id);
    c.ratingSum += input.rating.stars;
    c.ratingCount++;
  }
  return { enrollmentId, lastTouch };
}
