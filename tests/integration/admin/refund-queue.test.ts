import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';

import { db } from '@/db';
import { auditLog, lessonProgress, refunds } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { newId } from '@/lib/ids';
import { addLessons, rows } from '@/tests/integration/studio/analytics-fixtures';
import { runAction } from '@/tests/support/actions';
import { daysAgo, makeCourse, makeUser, paidOrder } from '@/tests/support/dashboard-fixtures';

const auth = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock('@/lib/auth/guards', () => ({ getViewer: async () => auth.viewer }));
vi.mock('@/lib/auth/request-context', () => ({ requestIp: async () => '198.51.100.9' }));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

const { listRefundQueue } = await import('@/lib/data/admin-refunds');
const { decideRefundAction } = await import('@/lib/actions/payments/decide-refund');
const { consumedPercent } = await import('@/lib/payments/refunds');

// Requests dated in 1971: older than any other test's, so they lead the oldest-first queue.
const requestedAt = (n: number) => new Date(Date.UTC(1971, 0, 1 + n, 9, 0, 0));

/** A waiting request for the order's whole amount, as requestRefund writes it. */
async function request(opts: {
  orderId: string;
  buyerId: string;
  amountMinor: number;
  n: number;
  reason: string;
}) {
  const id = newId();
  await db.insert(refunds).values({
    id,
    orderId: opts.orderId,
    amountMinor: opts.amountMinor,
    currency: 'CNY',
    reason: opts.reason,
    requestedBy: opts.buyerId,
    createdAt: requestedAt(opts.n),
  });
  return id;
}

async function fixture() {
  const creator = await makeUser('creator', 'Queue creator');
  const early = await makeUser('learner', 'Early buyer');
  const late = await makeUser('learner', 'Late buyer');
  const courseId = await makeCourse(creator.id, { title: 'Queue course', currency: 'CNY' });
  const lessonIds = await addLessons(courseId);
  // The early buyer finished one of three lessons (33%); the late one none.
  await db.insert(lessonProgress).values({
    userId: early.id,
    courseId,
    lessonId: lessonIds[0],
    watchedSec: 60,
    completedAt: daysAgo(1),
  });
  const order = (buyerId: string, amountMinor: number, days: number) =>
    paidOrder({
      buyerId,
      courseId,
      creatorId: creator.id,
      amountMinor,
      currency: 'CNY',
      at: daysAgo(days),
    });
  const earlyOrder = await order(early.id, 9900, 20);
  const lateOrder = await order(late.id, 4900, 3);
  const tag = newId(6);
  const lateRequest = await request({
    orderId: lateOrder,
    buyerId: late.id,
    amountMinor: 4900,
    n: 1,
    reason: `Late ${tag}`,
  });
  const earlyRequest = await request({
    orderId: earlyOrder,
    buyerId: early.id,
    amountMinor: 9900,
    n: 0,
    reason: `Early ${tag}`,
  });
  return { creator, early, late, courseId, earlyOrder, lateOrder, earlyRequest, lateRequest };
}

type Plain = {
  id: string;
  order_id: string;
  buyer: string;
  title: string;
  amount_minor: number;
  currency: string;
  reason: string;
  paid_at: Date;
};

describe('admin refund queue', () => {
  it('lists waiting requests oldest first with buyer, course, amount, reason, days since purchase and consumption, equal to plain SQL', async () => {
    const f = await fixture();
    const admin = await makeUser('admin');
    const now = new Date();
    const queue = await listRefundQueue(admin, { now });
    const plain = await rows<Plain>(
      `SELECT r.id, r.order_id, u.name buyer, c.title, r.amount_minor, r.currency, r.reason, o.paid_at
         FROM refunds r JOIN orders o ON o.id = r.order_id JOIN courses c ON c.id = o.course_id
         JOIN users u ON u.id = o.user_id
        WHERE r.status = 'requested' ORDER BY r.created_at, r.id LIMIT 25`,
      [],
    );
    const [count] = await rows<{ n: number }>(
      "SELECT COUNT(*) n FROM refunds WHERE status = 'requested'",
      [],
    );
    expect(queue.total).toBe(Number(count!.n));
    expect(queue.rows.map((r) => r.id)).toEqual(plain.map((p) => p.id));
    expect(queue.rows.slice(0, 2).map((r) => r.id)).toEqual([f.earlyRequest, f.lateRequest]);
    for (const [i, p] of plain.entries()) {
      const r = queue.rows[i]!;
      expect(r).toMatchObject({
        orderId: p.order_id,
        buyerName: p.buyer,
        courseTitle: p.title,
        reason: p.reason,
        amount: { amountMinor: p.amount_minor, currency: p.currency },
      });
      expect(r.daysSincePurchase).toBe(
        Math.floor((now.getTime() - p.paid_at.getTime()) / 86_400_000),
      );
    }
    const [early, late] = queue.rows;
    // The same numbers the buyer's own refund rule uses (lib/payments/refunds.ts).
    expect(early).toMatchObject({ daysSincePurchase: 20, consumedPercent: 33, withinRule: false });
    expect(early!.consumedPercent).toBe(await consumedPercent(f.early.id, f.courseId));
    expect(late).toMatchObject({ daysSincePurchase: 3, consumedPercent: 0, withinRule: true });
    expect(queue.rule).toEqual({ windowDays: 14, maxConsumedPercent: 30 });
    // DATA-1: buyers by name, never by email.
    expect(JSON.stringify(queue)).not.toContain('@test.local');
  });

  it('declines a request from the queue through decideRefund: audited, and it leaves the queue', async () => {
    const f = await fixture();
    auth.viewer = await makeUser('admin');
    const res = await runAction(decideRefundAction, {
      refundId: f.lateRequest,
      decision: 'decline',
      reason: 'Outside what the course promised',
    });
    expect(res.state).toMatchObject({ ok: true, message: 'Orders.refund.declinedNotice' });
    const [row] = await db.select().from(refunds).where(eq(refunds.id, f.lateRequest));
    expect(row).toMatchObject({ status: 'rejected', decidedBy: auth.viewer.id });
    const audit = await db.select().from(auditLog).where(eq(auditLog.targetId, f.lateOrder));
    expect(audit.map((a) => a.action)).toEqual(['refund.decline']);
    const queue = await listRefundQueue(auth.viewer);
    expect(queue.rows.map((r) => r.id)).not.toContain(f.lateRequest);
    expect(queue.rows.map((r) => r.id)).toContain(f.earlyRequest);
    // A second decision on the same request is refused: one decision wins.
    const again = await runAction(decideRefundAction, {
      refundId: f.lateRequest,
      decision: 'approve',
      reason: 'Changed my mind',
    });
    expect(again.state).toMatchObject({ ok: false, code: 'CONFLICT' });
    auth.viewer = null;
  });

  it('ACCESS-4: learners and creators cannot list the queue', async () => {
    for (const role of ['learner', 'creator'] as const) {
      await expect(listRefundQueue(await makeUser(role))).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });
});
