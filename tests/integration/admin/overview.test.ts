import { describe, expect, it } from 'vitest';

import { db } from '@/db';
import { reports } from '@/db/schema';
import * as adminOverview from '@/lib/data/admin-overview';
import { isAppError } from '@/lib/errors';
import { newId } from '@/lib/ids';

import {
  allKeys,
  dayKey,
  daysAgo,
  makeCourse,
  makeUser,
  paidOrder,
  rejectionOf,
} from '../../support/dashboard-fixtures';

type AdminFn = (viewer: Awaited<ReturnType<typeof makeUser>>, arg: 30) => Promise<unknown>;

/** Every function the module exports; a new export without the guard makes the ACCESS-4 test fail. */
function exportedFunctions(): [string, AdminFn][] {
  const entries: [string, unknown][] = Object.entries(adminOverview);
  return entries.filter((e): e is [string, AdminFn] => typeof e[1] === 'function');
}

describe('admin overview DAL', () => {
  it('ACCESS-4: every exported admin read refuses learners and creators', async () => {
    const fns = exportedFunctions();
    expect(fns.length).toBeGreaterThanOrEqual(4);
    const learner = await makeUser('learner');
    const creator = await makeUser('creator');
    for (const [name, fn] of fns) {
      for (const viewer of [learner, creator]) {
        const err = await rejectionOf(fn(viewer, 30));
        expect(isAppError(err) ? err.code : err, `${name} as ${viewer.role}`).toBe('FORBIDDEN');
      }
    }
  });

  it('counts users, courses, paid orders, GMV, fee revenue and refunds platform-wide', async () => {
    const admin = await makeUser('admin');
    const before = await adminOverview.getAdminTotals(admin);

    const creator = await makeUser('creator');
    const buyer = await makeUser('learner');
    const course = await makeCourse(creator.id);
    await makeCourse(creator.id, { status: 'in_review' });
    await paidOrder({
      buyerId: buyer.id,
      courseId: course,
      creatorId: creator.id,
      amountMinor: 2000,
      currency: 'USD',
    });
    await paidOrder({
      buyerId: buyer.id,
      courseId: course,
      creatorId: creator.id,
      amountMinor: 9900,
      currency: 'CNY',
    });
    await paidOrder({
      buyerId: buyer.id,
      courseId: course,
      creatorId: creator.id,
      amountMinor: 1000,
      currency: 'USD',
      refunded: true,
    });

    const after = await adminOverview.getAdminTotals(admin);
    const delta = (a: { currency: string; amountMinor: number }[], b: typeof a, c: string) =>
      (b.find((m) => m.currency === c)?.amountMinor ?? 0) -
      (a.find((m) => m.currency === c)?.amountMinor ?? 0);

    expect(after.usersByRole.creator - before.usersByRole.creator).toBe(1);
    expect(after.usersByRole.learner - before.usersByRole.learner).toBe(1);
    expect(after.coursesByStatus.published - before.coursesByStatus.published).toBe(1);
    expect(after.coursesByStatus.in_review - before.coursesByStatus.in_review).toBe(1);
    expect(after.paidOrders - before.paidOrders).toBe(2);
    // GMV keeps the refunded order; the refund is reported on its own line.
    expect(delta(before.gmv, after.gmv, 'USD')).toBe(3000);
    expect(delta(before.gmv, after.gmv, 'CNY')).toBe(9900);
    // Fees: 600 + 300 - 300 returned on refund (USD), 2970 (CNY).
    expect(delta(before.platformFees, after.platformFees, 'USD')).toBe(600);
    expect(delta(before.platformFees, after.platformFees, 'CNY')).toBe(2970);
    expect(after.refunds.count - before.refunds.count).toBe(1);
    expect(delta(before.refunds.amounts, after.refunds.amounts, 'USD')).toBe(1000);
  });

  it('returns one entry per day with sign-ups and paid orders', async () => {
    const admin = await makeUser('admin');
    const before = await adminOverview.getAdminSeries(admin, 30);
    await makeUser('learner', 'Old', daysAgo(45));
    const buyer = await makeUser('learner', 'Recent', daysAgo(3));
    const creator = await makeUser('creator');
    const course = await makeCourse(creator.id);
    await paidOrder({
      buyerId: buyer.id,
      courseId: course,
      creatorId: creator.id,
      amountMinor: 500,
      currency: 'USD',
      at: daysAgo(3),
    });

    const after = await adminOverview.getAdminSeries(admin, 30);
    expect(after).toHaveLength(30);
    expect(after.at(-1)?.date).toBe(dayKey(new Date()));
    const i = after.findIndex((d) => d.date === dayKey(daysAgo(3)));
    expect(after[i]!.signups - before[i]!.signups).toBe(1);
    expect(after[i]!.orders - before[i]!.orders).toBe(1);
    const sum = (s: typeof after) => s.reduce((n, d) => n + d.signups, 0);
    // The creator signs up today and "Recent" three days ago; "Old" is outside the range.
    expect(sum(after) - sum(before)).toBe(2);
    expect(await adminOverview.getAdminSeries(admin, 90)).toHaveLength(90);
  });

  it('counts courses awaiting review and open reports', async () => {
    const admin = await makeUser('admin');
    const before = await adminOverview.getModerationCounts(admin);
    const creator = await makeUser('creator');
    const reporter = await makeUser('learner');
    await makeCourse(creator.id, { status: 'in_review' });
    await makeCourse(creator.id, { status: 'draft' });
    const target = newId();
    await db.insert(reports).values([
      {
        id: newId(),
        reporterId: reporter.id,
        targetType: 'course',
        targetId: target,
        reason: 'spam',
      },
      {
        id: newId(),
        reporterId: admin.id,
        targetType: 'course',
        targetId: target,
        reason: 'spam',
        status: 'dismissed',
      },
    ]);
    const after = await adminOverview.getModerationCounts(admin);
    expect(after.coursesInReview - before.coursesInReview).toBe(1);
    expect(after.openReports - before.openReports).toBe(1);
  });

  it('DATA-1: recent orders show the buyer’s display name, never email or payment ids', async () => {
    const admin = await makeUser('admin');
    const creator = await makeUser('creator');
    const buyer = await makeUser('learner', 'Meiling');
    const course = await makeCourse(creator.id, { title: 'Newest course' });
    const orderId = await paidOrder({
      buyerId: buyer.id,
      courseId: course,
      creatorId: creator.id,
      amountMinor: 4200,
      currency: 'CNY',
      at: new Date(Date.now() + 1000),
    });
    const recent = await adminOverview.listRecentOrders(admin, 5);
    expect(recent[0]).toMatchObject({
      id: orderId,
      courseTitle: 'Newest course',
      amount: { amountMinor: 4200, currency: 'CNY' },
      status: 'paid',
      buyerName: 'Meiling',
    });
    expect([...allKeys(recent)].sort()).toEqual(
      [
        'id',
        'courseTitle',
        'amount',
        'amountMinor',
        'currency',
        'status',
        'buyerName',
        'createdAt',
      ].sort(),
    );
    const json = JSON.stringify(recent);
    expect(json).not.toContain(buyer.email);
    expect(json).not.toMatch(/pi_test_|cs_test_/);
  });
});
