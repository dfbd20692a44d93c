import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it, vi } from 'vitest';

import { db } from '@/db';
import { earningsLedger, orders } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { getStudioBalances, listStudioEarnings } from '@/lib/data/studio-earnings';
import { env } from '@/lib/env';
import { isAppError } from '@/lib/errors';
import { makeCourse, makeUser, paidOrder, rejectionOf } from '@/tests/support/dashboard-fixtures';

import { at, refund, rows } from './analytics-fixtures';

let current: Viewer | null = null;
vi.mock('@/lib/auth/guards', () => ({ getViewer: async () => current }));
const { GET } = await import('@/app/api/studio/earnings.csv/route');
const origin = new URL(env.APP_URL).origin;
const csv = () =>
  GET(new NextRequest(`${origin}/api/studio/earnings.csv`), { params: Promise.resolve({}) });

/** Creator A: a paid USD order, a fully refunded USD order, a partially refunded CNY order, a payout. */
async function seed() {
  const a = await makeUser('creator', 'Earner A');
  const b = await makeUser('creator', 'Earner B');
  const buyer = await makeUser('learner', '=Buyer Name');
  const usd = await makeCourse(a.id, { title: 'Dollar course' });
  const cny = await makeCourse(a.id, { title: 'Yuan course', currency: 'CNY' });
  const other = await makeCourse(b.id, { title: 'B course' });
  const base = { creatorId: a.id, buyerId: buyer.id };
  const paid = await paidOrder({
    ...base,
    courseId: usd,
    amountMinor: 2000,
    currency: 'USD',
    at: at('2025-05-01'),
  });
  const full = await paidOrder({
    ...base,
    courseId: usd,
    amountMinor: 1000,
    currency: 'USD',
    at: at('2025-05-02'),
    refunded: true,
  });
  const partial = await paidOrder({
    ...base,
    courseId: cny,
    amountMinor: 9900,
    currency: 'CNY',
    at: at('2025-05-03'),
  });
  await db.update(orders).set({ status: 'partially_refunded' }).where(eq(orders.id, partial));
  await refund(partial, buyer.id, {
    amountMinor: 3000,
    currency: 'CNY',
    day: '2025-05-04',
    status: 'succeeded',
  });
  // Booked as fulfilment books it: −3000 and the refund's share of the 30 % fee, 2970 × 3000 / 9900.
  const line = { creatorId: a.id, orderId: partial, currency: 'CNY', ref: 're_fixture' };
  await db.insert(earningsLedger).values([
    { ...line, kind: 'refund', amountMinor: -3000 },
    { ...line, kind: 'refund_fee', amountMinor: 900 },
  ]);
  await db.update(orders).set({ refundedMinor: 3000 }).where(eq(orders.id, partial));
  await db
    .insert(earningsLedger)
    .values({ creatorId: a.id, orderId: null, kind: 'payout', amountMinor: -500, currency: 'USD' });
  const bOrder = await paidOrder({
    creatorId: b.id,
    buyerId: buyer.id,
    courseId: other,
    amountMinor: 80000,
    currency: 'USD',
    at: at('2025-05-01'),
  });
  return { a, b, paid, full, partial, bOrder };
}

let s: Awaited<ReturnType<typeof seed>>;
beforeAll(async () => {
  s = await seed();
});

describe('studio earnings', () => {
  it('has a balance per currency equal to SUM(amount_minor) of the creator’s ledger, payouts included', async () => {
    const want = await rows<{ currency: string; total: string; payouts: string }>(
      `SELECT currency, SUM(amount_minor) total, SUM(IF(kind = 'payout', amount_minor, 0)) payouts
         FROM earnings_ledger WHERE creator_id = ? GROUP BY currency ORDER BY currency`,
      [s.a.id],
    );
    const got = await getStudioBalances(s.a);
    expect(got.map((b) => [b.currency, b.balanceMinor, b.paidOutMinor])).toEqual(
      want.map((w) => [w.currency, Number(w.total), Math.abs(Number(w.payouts))]),
    );
    // Fixture fees are 30 %: USD 2000 − 600 net, the refunded order nets 0, minus a 500 payout.
    expect(got).toEqual([
      { currency: 'CNY', earnedMinor: 4830, paidOutMinor: 0, balanceMinor: 4830 },
      { currency: 'USD', earnedMinor: 1400, paidOutMinor: 500, balanceMinor: 900 },
    ]);
  });

  it('sums the ledger per order, newest first, a partial refund booked with its share of the fee', async () => {
    const page = await listStudioEarnings(s.a);
    expect(page.total).toBe(3);
    expect(page.items.map((r) => r.orderId)).toEqual([s.partial, s.full, s.paid]);
    const [partial, full, paid] = page.items;
    expect(paid).toMatchObject({
      courseTitle: 'Dollar course',
      buyerName: '=Buyer Name',
      grossMinor: 2000,
      feeMinor: -600,
      refundsMinor: 0,
      netMinor: 1400,
    });
    expect(full).toMatchObject({
      grossMinor: 1000,
      feeMinor: 0,
      refundsMinor: -1000,
      netMinor: 0,
    });
    expect(partial).toMatchObject({
      currency: 'CNY',
      grossMinor: 9900,
      feeMinor: -2070,
      refundsMinor: -3000,
      netMinor: 4830,
    });
    for (const r of page.items) {
      const [sum] = await rows<{ total: string }>(
        'SELECT SUM(amount_minor) total FROM earnings_ledger WHERE order_id = ? AND creator_id = ?',
        [r.orderId, s.a.id],
      );
      expect(r.netMinor).toBe(Number(sum?.total));
      expect(r.grossMinor + r.feeMinor + r.refundsMinor).toBe(r.netMinor);
    }
    expect(Object.keys(paid!)).not.toContain('buyerEmail');
  });

  it('ACCESS-3: creator B sees only B’s orders and balance; a learner is refused', async () => {
    const page = await listStudioEarnings(s.b);
    expect(page.items.map((r) => r.orderId)).toEqual([s.bOrder]);
    expect(await getStudioBalances(s.b)).toEqual([
      { currency: 'USD', earnedMinor: 56000, paidOutMinor: 0, balanceMinor: 56000 },
    ]);
    current = s.b;
    const text = await (await csv()).text();
    expect(text).not.toContain(s.paid);
    expect(text).toContain(s.bOrder);
    const learner = await makeUser('learner');
    const err = await rejectionOf(listStudioEarnings(learner));
    expect(isAppError(err) && err.code).toBe('FORBIDDEN');
    current = learner;
    expect((await csv()).status).toBe(403);
  });

  it('exports the per-order ledger as a CSV attachment, names neutralised', async () => {
    current = s.a;
    const res = await csv();
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="earnings.csv"');
    const lines = (await res.text()).trim().split('\r\n');
    expect(lines[0]).toBe(
      'order_date,order_id,course,buyer,currency,gross,platform_fee,refunds,net',
    );
    expect(lines[1]).toBe(
      `2025-05-03T10:00:00.000Z,${s.partial},Yuan course,'=Buyer Name,CNY,99,-20.7,-30,48.3`,
    );
  });
});
