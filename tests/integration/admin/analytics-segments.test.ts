import { beforeAll, describe, expect, it } from 'vitest';

import { db } from '@/db';
import { checkoutContexts, type CheckoutDevice } from '@/db/schema';
import type { SegmentRow } from '@/lib/analytics/funnel-segments';
import { getFunnelSegments } from '@/lib/data/admin-analytics-segments';
import { listPlatformSalesDays } from '@/lib/data/admin-analytics-series';
import { parseAnalyticsQuery } from '@/lib/validation/studio-analytics';
import { at, event, rows } from '@/tests/integration/studio/analytics-fixtures';
import { insertOrder, makeCourse, makeUser, paidOrder } from '@/tests/support/dashboard-fixtures';

/*
 * The funnel segments and the daily sales series over a window of their own (a random week in the
 * 1960s that no other test writes to), each checked against plain SQL over that window and against
 * the counts the fixtures make.
 */
const base = Date.UTC(1960, 0, 4) + Math.floor(Math.random() * 400) * 7 * 86_400_000;
const day = (offset: number) => new Date(base + offset * 86_400_000).toISOString().slice(0, 10);
const window = [`${day(0)} 00:00:00`, `${day(6)} 23:59:59.999`];

function range(from: string, to: string) {
  const parsed = parseAnalyticsQuery({ from, to });
  if (!parsed.ok) throw new Error('bad fixture window');
  return parsed.filter.range;
}

/** A checkout sent to payment: the order and its context, as startCheckout writes them. */
async function checkout(
  opts: Omit<Parameters<typeof insertOrder>[0], 'paidAt' | 'createdAt'> & {
    device: CheckoutDevice;
    day: string;
    paidDay?: string;
  },
) {
  const orderId = await insertOrder({
    ...opts,
    paidAt: opts.paidDay ? at(opts.paidDay, '11:00:00') : null,
    createdAt: at(opts.day),
  });
  await db.insert(checkoutContexts).values({
    orderId,
    device: opts.device,
    locale: 'en',
    firstPurchase: true,
    createdAt: at(opts.day),
  });
}

// The payment-success model's bands written out in SQL: the test's independent answer.
const BAND = `CASE WHEN c.price_minor IS NULL THEN 'unknown' WHEN c.price_minor = 0 THEN 'free'
  WHEN IF(c.currency = 'CNY', c.price_minor / 700, c.price_minor / 100) < 20 THEN 'band0'
  WHEN IF(c.currency = 'CNY', c.price_minor / 700, c.price_minor / 100) < 50 THEN 'band1'
  WHEN IF(c.currency = 'CNY', c.price_minor / 700, c.price_minor / 100) < 100 THEN 'band2'
  ELSE 'band3' END`;
const KEY = {
  priceBand: { checkout: BAND, paid: BAND },
  device: { checkout: 'cc.device', paid: "COALESCE(cc.device, 'unknown')" },
  method: {
    checkout: "COALESCE(o.payment_method, 'none')",
    paid: "COALESCE(o.payment_method, 'none')",
  },
} as const;

async function expectedSegments(dimension: keyof typeof KEY) {
  const counts = new Map<string, [number | null, number, number]>();
  const add = (list: { k: string; n: number }[], i: 0 | 1 | 2) => {
    for (const r of list) {
      const entry = counts.get(r.k) ?? [dimension === 'priceBand' ? 0 : null, 0, 0];
      entry[i] = (entry[i] ?? 0) + Number(r.n);
      counts.set(r.k, entry);
    }
  };
  if (dimension === 'priceBand')
    add(
      await rows(
        `SELECT ${BAND} k, COUNT(*) n FROM behaviour_events e LEFT JOIN courses c ON c.id = e.course_id
          WHERE e.type = 'view' AND e.created_at BETWEEN ? AND ? GROUP BY k`,
        window,
      ),
      0,
    );
  add(
    await rows(
      `SELECT ${KEY[dimension].checkout} k, COUNT(*) n FROM checkout_contexts cc
         JOIN orders o ON o.id = cc.order_id LEFT JOIN courses c ON c.id = o.course_id
        WHERE cc.created_at BETWEEN ? AND ? GROUP BY k`,
      window,
    ),
    1,
  );
  add(
    await rows(
      `SELECT ${KEY[dimension].paid} k, COUNT(*) n FROM orders o
         LEFT JOIN checkout_contexts cc ON cc.order_id = o.id LEFT JOIN courses c ON c.id = o.course_id
        WHERE o.paid_at BETWEEN ? AND ? GROUP BY k`,
      window,
    ),
    2,
  );
  return Object.fromEntries(counts);
}

const byKey = (list: SegmentRow[]) =>
  Object.fromEntries(list.map((r) => [r.key, [r.views, r.checkouts, r.paid]]));

beforeAll(async () => {
  const creator = await makeUser('creator', 'Segment creator', at(day(-30)));
  const buyers = await Promise.all([1, 2, 3, 4].map((i) => makeUser('learner', `S${i}`)));
  const cheap = await makeCourse(creator.id, { priceMinor: 1500 }); // band0
  const dear = await makeCourse(creator.id, { priceMinor: 49_900, currency: 'CNY' }); // ¥499 ≈ $71: band2
  const free = await makeCourse(creator.id, { priceMinor: 0 });
  const anon = { anonId: crypto.randomUUID() };
  for (const [courseId, offset] of [
    [cheap, 0],
    [cheap, 1],
    [cheap, 2],
    [dear, 1],
    [dear, 3],
    [free, 2],
    [cheap, 9],
  ] as const)
    await event('view', courseId, day(offset), anon);
  const [b1, b2, b3, b4] = buyers.map((b) => b.id) as [string, string, string, string];
  const cheapUsd = {
    creatorId: creator.id,
    courseId: cheap,
    amountMinor: 1500,
    currency: 'USD',
  } as const;
  const dearCny = {
    creatorId: creator.id,
    courseId: dear,
    amountMinor: 49_900,
    currency: 'CNY',
  } as const;
  const paid = (d: number) => ({ status: 'paid', day: day(d), paidDay: day(d) }) as const;
  await checkout({ ...cheapUsd, buyerId: b1, device: 'mobile', paymentMethod: 'card', ...paid(1) });
  await checkout({ ...cheapUsd, buyerId: b2, device: 'desktop', status: 'expired', day: day(2) });
  await checkout({
    ...dearCny,
    buyerId: b3,
    device: 'desktop',
    paymentMethod: 'wechat_pay',
    status: 'failed',
    day: day(3),
  });
  await checkout({
    ...dearCny,
    buyerId: b4,
    device: 'mobile',
    paymentMethod: 'alipay',
    ...paid(4),
  });
  // Started before the window and paid inside it: a paid order of the window, not a checkout.
  await checkout({
    ...dearCny,
    buyerId: b2,
    device: 'mobile',
    paymentMethod: 'alipay',
    ...paid(-1),
    paidDay: day(0),
  });
  // Paid without a recorded context or method (an order the old checkout wrote).
  await paidOrder({ ...cheapUsd, buyerId: b3, at: at(day(5)) });
  await paidOrder({ ...cheapUsd, buyerId: b1, at: at(day(8)) });
});

describe('getFunnelSegments', () => {
  it('every segment of every split equals plain SQL over the window', async () => {
    const admin = await makeUser('admin');
    const got = await getFunnelSegments(admin, range(day(0), day(6)));
    for (const dimension of ['priceBand', 'device', 'method'] as const)
      expect(byKey(got[dimension].rows)).toEqual(await expectedSegments(dimension));
  });

  it('counts what the fixtures make, with rates, and leaves views unsplit by device', async () => {
    const admin = await makeUser('admin');
    const got = await getFunnelSegments(admin, range(day(0), day(6)));
    expect(byKey(got.priceBand.rows)).toEqual({
      free: [1, 0, 0],
      band0: [3, 2, 2],
      band2: [2, 2, 2],
    });
    expect(got.priceBand.rows.find((r) => r.key === 'band0')).toMatchObject({
      checkoutRate: 2 / 3,
      paidRate: 1,
      overallRate: 2 / 3,
    });
    expect(got.priceBand.total).toMatchObject({ views: 6, checkouts: 4, paid: 4 });
    expect(byKey(got.device.rows)).toEqual({
      desktop: [null, 2, 0],
      mobile: [null, 2, 3],
      unknown: [null, 0, 1],
    });
    expect(byKey(got.method.rows)).toEqual({
      card: [null, 1, 1],
      alipay: [null, 1, 2],
      wechat_pay: [null, 1, 0],
      none: [null, 1, 1],
    });
  });

  it('ACCESS-4: learners and creators are refused', async () => {
    for (const role of ['learner', 'creator'] as const) {
      const viewer = await makeUser(role);
      await expect(getFunnelSegments(viewer, range(day(0), day(6)))).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(listPlatformSalesDays(viewer, range(day(0), day(6)))).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });
});

describe('listPlatformSalesDays', () => {
  it('gives every day of the window its paid orders and GMV per currency, as plain SQL does', async () => {
    const admin = await makeUser('admin');
    const got = await listPlatformSalesDays(admin, range(day(0), day(6)));
    const sql = await rows<{ d: string; currency: string; n: number; amount: string }>(
      `SELECT DATE_FORMAT(paid_at, '%Y-%m-%d') d, currency, COUNT(*) n, SUM(amount_minor) amount
         FROM orders WHERE paid_at BETWEEN ? AND ? GROUP BY d, currency`,
      window,
    );
    expect(got.days.map((d) => d.date)).toEqual([0, 1, 2, 3, 4, 5, 6].map(day));
    expect(got.currencies).toEqual(['CNY', 'USD']);
    for (const d of got.days) {
      const same = sql.filter((r) => r.d === d.date);
      expect(d.paidOrders).toBe(same.reduce((s, r) => s + Number(r.n), 0));
      for (const c of got.currencies)
        expect(d.gmv[c]).toBe(Number(same.find((r) => r.currency === c)?.amount ?? 0));
    }
    expect(got.days.map((d) => d.paidOrders)).toEqual([1, 1, 0, 0, 1, 1, 0]);
    expect(got.days[4]?.gmv).toEqual({ CNY: 49_900, USD: 0 });
  });
});
