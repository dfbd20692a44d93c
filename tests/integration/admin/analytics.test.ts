import { beforeAll, describe, expect, it } from 'vitest';

import { db } from '@/db';
import { lessonProgress } from '@/db/schema';
import { getPlatformAnalytics } from '@/lib/data/admin-analytics';
import { parseAnalyticsQuery } from '@/lib/validation/studio-analytics';
import { addLessons, at, event, rows } from '@/tests/integration/studio/analytics-fixtures';
import { makeCourse, makeUser, paidOrder } from '@/tests/support/dashboard-fixtures';

/*
 * Platform figures are global, so the fixtures live in a window of their own: a random week in the
 * 1990s that no other test writes to. Every figure is checked against plain SQL over that window
 * and against the counts the fixtures make.
 */
const base = new Date(Date.UTC(1990, 0, 1) + Math.floor(Math.random() * 500) * 7 * 86_400_000);
const day = (offset: number) =>
  new Date(base.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
const from = day(0);
const to = day(6);

function range(f: string, t: string) {
  const parsed = parseAnalyticsQuery({ from: f, to: t });
  if (!parsed.ok) throw new Error('bad fixture window');
  return parsed.filter.range;
}

async function expected(f: string, t: string) {
  const p = [`${f} 00:00:00`, `${t} 23:59:59.999`];
  const gmv = await rows<{ currency: string; n: number; amount: string }>(
    `SELECT currency, COUNT(*) n, SUM(amount_minor) amount FROM orders
      WHERE paid_at BETWEEN ? AND ? GROUP BY currency ORDER BY currency`,
    p,
  );
  const [refunded] = await rows<{ n: number }>(
    `SELECT COUNT(*) n FROM orders WHERE paid_at BETWEEN ? AND ?
        AND status IN ('refunded', 'partially_refunded')`,
    p,
  );
  const [joined] = await rows<{ n: number }>(
    'SELECT COUNT(*) n FROM users WHERE created_at BETWEEN ? AND ?',
    p,
  );
  const [active] = await rows<{ n: number }>(
    `SELECT COUNT(DISTINCT user_id) n FROM (
       SELECT user_id FROM lesson_progress WHERE updated_at BETWEEN ? AND ?
       UNION ALL
       SELECT user_id FROM behaviour_events WHERE user_id IS NOT NULL
          AND type IN ('lesson_start', 'progress', 'lesson_complete', 'course_complete')
          AND created_at BETWEEN ? AND ?) x`,
    [...p, ...p],
  );
  const [ev] = await rows<{ views: string; starts: string }>(
    `SELECT COALESCE(SUM(type = 'view'), 0) views, COALESCE(SUM(type = 'checkout_start'), 0) starts
       FROM behaviour_events WHERE created_at BETWEEN ? AND ?`,
    p,
  );
  const methods = await rows<{ method: string; n: number }>(
    `SELECT COALESCE(payment_method, 'unknown') method, COUNT(*) n FROM orders
      WHERE paid_at BETWEEN ? AND ? GROUP BY method ORDER BY n DESC, method`,
    p,
  );
  const courses = await rows<{ id: string; n: number }>(
    `SELECT course_id id, COUNT(*) n FROM orders WHERE paid_at BETWEEN ? AND ?
      GROUP BY course_id ORDER BY n DESC, course_id LIMIT 10`,
    p,
  );
  const creators = await rows<{ id: string; n: number }>(
    `SELECT creator_id id, COUNT(*) n FROM orders WHERE paid_at BETWEEN ? AND ?
      GROUP BY creator_id ORDER BY n DESC, creator_id LIMIT 10`,
    p,
  );
  const paidOrders = gmv.reduce((s, r) => s + Number(r.n), 0);
  return {
    gmv: gmv.map((r) => ({ currency: r.currency, amountMinor: Number(r.amount) })),
    paidOrders,
    refundedOrders: Number(refunded!.n),
    refundRate: paidOrders > 0 ? Number(refunded!.n) / paidOrders : null,
    newUsers: Number(joined!.n),
    activeLearners: Number(active!.n),
    views: Number(ev!.views),
    checkoutStarts: Number(ev!.starts),
    byPaymentMethod: methods.map((m) => ({ method: m.method, orders: Number(m.n) })),
    topCourses: courses.map((c) => [c.id, Number(c.n)]),
    topCreators: creators.map((c) => [c.id, Number(c.n)]),
  };
}

beforeAll(async () => {
  const creatorA = await makeUser('creator', 'Creator A', at(day(-30)));
  const creatorB = await makeUser('creator', 'Creator B', at(day(-30)));
  const buyers = await Promise.all([1, 2, 3].map((i) => makeUser('learner', `B${i}`, at(day(i)))));
  const outside = await makeUser('learner', 'Outside', at(day(9)));
  const alpha = await makeCourse(creatorA.id, { title: 'Alpha' });
  const beta = await makeCourse(creatorB.id, { title: 'Beta', currency: 'CNY' });
  const order = (buyerId: string, courseId: string, creatorId: string, offset: number) => ({
    buyerId,
    courseId,
    creatorId,
    at: at(day(offset)),
  });
  await paidOrder({
    ...order(buyers[0]!.id, alpha, creatorA.id, 1),
    amountMinor: 1000,
    currency: 'USD',
  });
  await paidOrder({
    ...order(buyers[1]!.id, alpha, creatorA.id, 2),
    amountMinor: 1500,
    currency: 'USD',
    refunded: true,
  });
  await paidOrder({
    ...order(buyers[2]!.id, beta, creatorB.id, 6),
    amountMinor: 9900,
    currency: 'CNY',
  });
  await paidOrder({
    ...order(outside.id, beta, creatorB.id, 8),
    amountMinor: 9900,
    currency: 'CNY',
  });
  for (const [offset, type] of [
    [1, 'view'],
    [1, 'view'],
    [2, 'view'],
    [2, 'checkout_start'],
    [3, 'checkout_start'],
    [8, 'view'],
  ] as const)
    await event(type, alpha, day(offset), { anonId: crypto.randomUUID() });
  await event('lesson_start', alpha, day(3), { userId: buyers[0]!.id });
  await event('lesson_start', alpha, day(9), { userId: outside.id });
  const [lessonId] = await addLessons(alpha);
  await db.insert(lessonProgress).values({
    userId: buyers[1]!.id,
    lessonId,
    courseId: alpha,
    updatedAt: at(day(4)),
  });
});

describe('platform analytics', () => {
  it('every figure equals plain SQL over the window and the fixtures it holds', async () => {
    const admin = await makeUser('admin');
    const got = await getPlatformAnalytics(admin, range(from, to));
    const want = await expected(from, to);
    expect({
      ...got,
      topCourses: got.topCourses.map((c) => [c.id, c.orders]),
      topCreators: got.topCreators.map((c) => [c.id, c.orders]),
    }).toEqual(want);
    expect(got).toMatchObject({
      gmv: [
        { currency: 'CNY', amountMinor: 9900 },
        { currency: 'USD', amountMinor: 2500 },
      ],
      paidOrders: 3,
      refundedOrders: 1,
      newUsers: 3,
      activeLearners: 2,
      views: 3,
      checkoutStarts: 2,
    });
    expect(got.topCourses[0]).toMatchObject({
      title: 'Alpha',
      orders: 2,
      revenue: [{ currency: 'USD', amountMinor: 2500 }],
    });
    expect(got.topCreators.map((c) => c.name)).toEqual(['Creator A', 'Creator B']);
  });

  it('a changed window changes the figures the same way SQL does', async () => {
    const admin = await makeUser('admin');
    const got = await getPlatformAnalytics(admin, range(day(5), day(9)));
    const want = await expected(day(5), day(9));
    expect(got.paidOrders).toBe(want.paidOrders);
    expect(got.paidOrders).toBe(2);
    expect(got.gmv).toEqual([{ currency: 'CNY', amountMinor: 19800 }]);
    expect(got.newUsers).toBe(want.newUsers);
    expect(got.activeLearners).toBe(want.activeLearners);
  });

  it('ACCESS-4: learners and creators are refused', async () => {
    for (const role of ['learner', 'creator'] as const) {
      const viewer = await makeUser(role);
      await expect(getPlatformAnalytics(viewer, range(from, to))).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });
});
