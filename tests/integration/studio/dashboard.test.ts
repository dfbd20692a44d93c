import { describe, expect, it } from 'vitest';

import * as studio from '@/lib/data/studio-dashboard';
import { listStudioCourses } from '@/lib/data/studio-course-list';
import { isAppError } from '@/lib/errors';

import {
  allKeys,
  dayKey,
  daysAgo,
  enroll,
  makeCourse,
  makeUser,
  paidOrder,
  rejectionOf,
  review,
} from '../../support/dashboard-fixtures';

/** Creator A with three courses and sales in two currencies; creator B exists to prove isolation. */
async function seedTwoCreators() {
  const a = await makeUser('creator', 'Creator A');
  const b = await makeUser('creator', 'Creator B');
  const [l1, l2, l3] = await Promise.all([
    makeUser('learner', 'Lin'),
    makeUser('learner', 'Wen'),
    makeUser('learner', 'Zhou'),
  ]);
  const c1 = await makeCourse(a.id, { title: 'Alpha', ratingSum: 9, ratingCount: 2 });
  const c2 = await makeCourse(a.id, { title: 'Beta', ratingSum: 3, ratingCount: 1 });
  const c3 = await makeCourse(a.id, { title: 'Gamma', status: 'draft' });
  const cb = await makeCourse(b.id, { title: 'Other', ratingSum: 1, ratingCount: 1 });

  await enroll(l1.id, c1, { createdAt: daysAgo(2) });
  await enroll(l2.id, c1, { createdAt: daysAgo(2) });
  await enroll(l1.id, c2, { createdAt: daysAgo(40) });
  await enroll(l3.id, c2, { status: 'revoked', createdAt: daysAgo(40) });
  await enroll(l3.id, cb);

  await paidOrder({
    buyerId: l1.id,
    courseId: c1,
    creatorId: a.id,
    amountMinor: 2000,
    currency: 'USD',
    at: daysAgo(2),
  });
  await paidOrder({
    buyerId: l2.id,
    courseId: c1,
    creatorId: a.id,
    amountMinor: 9900,
    currency: 'CNY',
    at: daysAgo(0),
  });
  await paidOrder({
    buyerId: l1.id,
    courseId: c2,
    creatorId: a.id,
    amountMinor: 1000,
    currency: 'USD',
    at: daysAgo(40),
  });
  await paidOrder({
    buyerId: l3.id,
    courseId: c2,
    creatorId: a.id,
    amountMinor: 1000,
    currency: 'USD',
    at: daysAgo(40),
    refunded: true,
  });
  await paidOrder({
    buyerId: l3.id,
    courseId: cb,
    creatorId: b.id,
    amountMinor: 50000,
    currency: 'USD',
  });

  await review(l1.id, c1, {
    rating: 5,
    body: 'Clear and  practical.\nRecommended.',
    createdAt: daysAgo(1),
  });
  await review(l2.id, c1, { rating: 4, body: 'hidden one', status: 'hidden' });
  await review(l1.id, c2, { rating: 3, createdAt: daysAgo(3) });
  await review(l3.id, cb, { rating: 1, body: 'not yours' });
  return { a, b, learners: [l1, l2, l3], c1, c2, c3, cb };
}

describe('studio dashboard DAL', () => {
  it('computes KPIs from the creator’s own ledger, enrolments and courses only', async () => {
    const { a } = await seedTwoCreators();
    const kpis = await studio.getStudioKpis(a);
    // USD: 2000-600 + 1000-300 + (1000-300-1000+300) = 2100; CNY: 9900-2970 = 6930.
    expect(kpis.revenue).toEqual([
      { amountMinor: 6930, currency: 'CNY' },
      { amountMinor: 2100, currency: 'USD' },
    ]);
    expect(kpis.students).toBe(2);
    expect(kpis.rating).toEqual({ average: 4, count: 3 });
    expect(kpis.coursesByStatus).toMatchObject({ published: 2, draft: 1, in_review: 0 });
    expect(kpis.totalCourses).toBe(3);
  });

  it('returns zeroes and no revenue when a creator has no courses', async () => {
    const fresh = await makeUser('creator');
    const kpis = await studio.getStudioKpis(fresh);
    expect(kpis).toMatchObject({
      revenue: [],
      students: 0,
      rating: { average: null, count: 0 },
      totalCourses: 0,
    });
    const series = await studio.getStudioSeries(fresh, 30);
    expect(series.days).toHaveLength(30);
    expect(series.days.every((d) => d.enrollments === 0)).toBe(true);
  });

  it('fills every day of the range and keeps older rows out of the 30-day range', async () => {
    const { a } = await seedTwoCreators();
    const s30 = await studio.getStudioSeries(a, 30);
    expect(s30.days).toHaveLength(30);
    expect(s30.days.at(-1)?.date).toBe(dayKey(new Date()));
    expect(s30.currencies).toEqual(['CNY', 'USD']);
    const twoDaysAgo = s30.days.find((d) => d.date === dayKey(daysAgo(2)));
    expect(twoDaysAgo).toEqual({
      date: dayKey(daysAgo(2)),
      enrollments: 2,
      revenue: { CNY: 0, USD: 1400 },
    });
    expect(s30.days.at(-1)?.revenue).toEqual({ CNY: 6930, USD: 0 });
    expect(s30.days.reduce((n, d) => n + d.enrollments, 0)).toBe(2);

    const s90 = await studio.getStudioSeries(a, 90);
    expect(s90.days).toHaveLength(90);
    const old = s90.days.find((d) => d.date === dayKey(daysAgo(40)));
    expect(old).toEqual({
      date: dayKey(daysAgo(40)),
      enrollments: 2,
      revenue: { CNY: 0, USD: 700 },
    });
  });

  it('ranks top courses by active students with their net revenue', async () => {
    const { a, c1, c2, c3 } = await seedTwoCreators();
    const top = await studio.listStudioTopCourses(a);
    expect(top.map((c) => [c.id, c.students])).toEqual([
      [c1, 2],
      [c2, 1],
      [c3, 0],
    ]);
    expect(top[0]?.revenue).toEqual([
      { amountMinor: 6930, currency: 'CNY' },
      { amountMinor: 1400, currency: 'USD' },
    ]);
    expect(top[1]?.revenue).toEqual([{ amountMinor: 700, currency: 'USD' }]);
  });

  it('lists only visible reviews on the creator’s courses, newest first, as plain excerpts', async () => {
    const { a, c1 } = await seedTwoCreators();
    const recent = await studio.listStudioRecentReviews(a);
    expect(recent.map((r) => r.rating)).toEqual([5, 3]);
    expect(recent[0]).toMatchObject({
      courseId: c1,
      courseTitle: 'Alpha',
      reviewerName: 'Lin',
      excerpt: 'Clear and practical. Recommended.',
    });
  });

  it('DATA-1: dashboard and course list DTOs carry no emails, payment or Stripe ids', async () => {
    const { a, learners } = await seedTwoCreators();
    const dashboard = await studio.getStudioDashboard(a, 90);
    const list = await listStudioCourses(a);
    const keys = allKeys({ dashboard, list });
    expect([...keys].sort()).toEqual(
      [
        'kpis',
        'revenue',
        'amountMinor',
        'currency',
        'students',
        'completed',
        'rating',
        'average',
        'count',
        'coursesByStatus',
        'draft',
        'in_review',
        'published',
        'rejected',
        'archived',
        'totalCourses',
        'series',
        'days',
        'date',
        'enrollments',
        'CNY',
        'USD',
        'currencies',
        'topCourses',
        'id',
        'title',
        'recentReviews',
        'courseId',
        'courseTitle',
        'excerpt',
        'reviewerName',
        'createdAt',
        'dashboard',
        'list',
        'items',
        'slug',
        'status',
        'price',
        'updatedAt',
        'total',
        'page',
        'pageSize',
      ].sort(),
    );
    const json = JSON.stringify({ dashboard, list });
    for (const l of learners) {
      expect(json).not.toContain(l.email);
      expect(json).not.toContain(l.id);
    }
    expect(json).not.toMatch(/pi_test_|cs_test_/);
  });

  it('refuses a learner on every studio read', async () => {
    const learner = await makeUser('learner');
    const calls = [
      studio.getStudioKpis(learner),
      studio.getStudioSeries(learner, 30),
      studio.listStudioTopCourses(learner),
      studio.listStudioRecentReviews(learner),
      studio.getStudioDashboard(learner, 30),
      listStudioCourses(learner),
    ];
    for (const call of calls) {
      const err = await rejectionOf(call);
      expect(isAppError(err) && err.code).toBe('FORBIDDEN');
    }
  });

  it('shows an admin their own studio numbers, not the platform’s', async () => {
    await seedTwoCreators();
    const admin = await makeUser('admin');
    const kpis = await studio.getStudioKpis(admin);
    expect(kpis).toMatchObject({ revenue: [], students: 0, totalCourses: 0 });
  });
});

describe('studio course list', () => {
  it('lists the creator’s own courses with students and rating, filtered by status', async () => {
    const { a, c1, c2, c3, cb } = await seedTwoCreators();
    const all = await listStudioCourses(a);
    expect(all.total).toBe(3);
    expect(all.items.map((c) => c.id).sort()).toEqual([c1, c2, c3].sort());
    expect(all.items.some((c) => c.id === cb)).toBe(false);
    const alpha = all.items.find((c) => c.id === c1);
    expect(alpha).toMatchObject({
      status: 'published',
      students: 2,
      rating: { average: 4.5, count: 2 },
    });
    expect(alpha?.price).toEqual({ amountMinor: 2000, currency: 'USD' });

    const drafts = await listStudioCourses(a, { status: 'draft' });
    expect(drafts).toMatchObject({ total: 1, status: 'draft' });
    expect(drafts.items.map((c) => c.id)).toEqual([c3]);
  });

  it('falls back to all statuses and page 1 when the URL carries junk', async () => {
    const { a } = await seedTwoCreators();
    const page = await listStudioCourses(a, { status: 'nope' as never, page: 'x' });
    expect(page).toMatchObject({ status: null, page: 1, total: 3 });
  });
});
