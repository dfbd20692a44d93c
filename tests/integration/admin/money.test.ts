import { beforeEach, describe, expect, it } from 'vitest';

import { db } from '@/db';
import { earningsLedger, type LedgerKind } from '@/db/schema';
import {
  getPlatformMoney,
  listCreatorBalancesForAdmin,
  listPlatformMoneyDays,
} from '@/lib/data/admin-money';
import { resolveRange } from '@/lib/validation/studio-analytics';
import { rows } from '@/tests/integration/studio/analytics-fixtures';
import { makeCourse, makeUser, paidOrder } from '@/tests/support/dashboard-fixtures';

const DAY_MS = 86_400_000;
// A random run of weeks in 2003–2008 that no other test writes ledger lines in; each test its own week.
const start = Date.UTC(2003, 0, 6) + Math.floor(Math.random() * 290) * 7 * DAY_MS;
let base = start;
let week = 0;
beforeEach(() => {
  base = start + week++ * 7 * DAY_MS;
});
const day = (offset: number) => new Date(base + offset * DAY_MS).toISOString().slice(0, 10);
const at = (offset: number) => new Date(base + offset * DAY_MS + 10 * 3_600_000);

async function line(
  creatorId: string,
  orderId: string | null,
  kind: LedgerKind,
  amountMinor: number,
  offset: number,
) {
  await db
    .insert(earningsLedger)
    .values({ creatorId, orderId, kind, amountMinor, currency: 'USD', createdAt: at(offset) });
}

/**
 * Creator A: a USD sale, a refunded USD sale, a CNY sale. Creator B: a USD sale later disputed and
 * lost, and a payout. One sale falls after the window. Fees are 30 % (dashboard-fixtures).
 */
async function seedLedger() {
  const a = await makeUser('creator', 'Money creator A');
  const b = await makeUser('creator', 'Money creator B');
  const buyer = await makeUser('learner');
  const courseA = await makeCourse(a.id);
  const courseB = await makeCourse(b.id);
  const sale = (
    creatorId: string,
    courseId: string,
    amountMinor: number,
    offset: number,
    extra: { currency?: 'USD' | 'CNY'; refunded?: boolean } = {},
  ) =>
    paidOrder({
      buyerId: buyer.id,
      courseId,
      creatorId,
      amountMinor,
      currency: extra.currency ?? 'USD',
      at: at(offset),
      refunded: extra.refunded,
    });
  await sale(a.id, courseA, 10_000, 1);
  await sale(a.id, courseA, 5_000, 2, { refunded: true });
  await sale(a.id, courseA, 9_900, 3, { currency: 'CNY' });
  const disputed = await sale(b.id, courseB, 2_000, 2);
  await line(b.id, disputed, 'dispute', -2_000, 4);
  await line(b.id, disputed, 'dispute_fee', 600, 4);
  await line(b.id, null, 'payout', -1_000, 5);
  await sale(a.id, courseA, 7_700, 10);
  return { a, b };
}

type PlainMoney = {
  currency: string;
  gross: string;
  refunds: string;
  disputes: string;
  fees: string;
  earned: string;
  sales: number;
};

describe('admin money', () => {
  it('sums gross sales, refunds, disputes, platform fees and net to creators per currency for a UTC window, equal to plain SQL', async () => {
    await seedLedger();
    const admin = await makeUser('admin');
    const range = resolveRange({ from: day(0), to: day(6) });
    const money = await getPlatformMoney(admin, range);
    const plain = await rows<PlainMoney>(
      `SELECT currency,
              SUM(CASE WHEN kind = 'sale' THEN amount_minor ELSE 0 END) gross,
              SUM(CASE WHEN kind = 'refund' THEN amount_minor ELSE 0 END) refunds,
              SUM(CASE WHEN kind IN ('dispute', 'dispute_won') THEN amount_minor ELSE 0 END) disputes,
              SUM(CASE WHEN kind LIKE '%fee' THEN amount_minor ELSE 0 END) fees,
              SUM(CASE WHEN kind <> 'payout' THEN amount_minor ELSE 0 END) earned,
              COUNT(CASE WHEN kind = 'sale' THEN 1 END) sales
         FROM earnings_ledger WHERE created_at >= ? AND created_at < ?
        GROUP BY currency ORDER BY currency`,
      [`${day(0)} 00:00:00`, `${day(7)} 00:00:00`],
    );
    expect(money).toEqual(
      plain.map((p) => ({
        currency: p.currency,
        grossMinor: Number(p.gross),
        refundsMinor: 0 - Number(p.refunds),
        disputesMinor: 0 - Number(p.disputes),
        platformFeesMinor: 0 - Number(p.fees),
        creatorNetMinor: Number(p.earned),
        sales: Number(p.sales),
      })),
    );
    // The same figures worked out by hand from the fixture: the window holds only these lines.
    expect(money).toEqual([
      {
        currency: 'CNY',
        grossMinor: 9_900,
        refundsMinor: 0,
        disputesMinor: 0,
        platformFeesMinor: 2_970,
        creatorNetMinor: 6_930,
        sales: 1,
      },
      {
        currency: 'USD',
        grossMinor: 17_000,
        refundsMinor: 5_000,
        disputesMinor: 2_000,
        platformFeesMinor: 3_000,
        creatorNetMinor: 7_000,
        sales: 3,
      },
    ]);
    for (const m of money)
      expect(m.creatorNetMinor).toBe(
        m.grossMinor - m.refundsMinor - m.disputesMinor - m.platformFeesMinor,
      );
    // A window with no lines has no figures.
    expect(await getPlatformMoney(admin, resolveRange({ from: day(7), to: day(9) }))).toEqual([]);
  });

  it('charts gross sales and platform fees per UTC day and currency, every day present, equal to plain SQL', async () => {
    await seedLedger();
    const admin = await makeUser('admin');
    const range = resolveRange({ from: day(0), to: day(6) });
    const series = await listPlatformMoneyDays(admin, range);
    const plain = await rows<{ currency: string; d: string; gross: string; fees: string }>(
      `SELECT currency, DATE_FORMAT(created_at, '%Y-%m-%d') d,
              SUM(CASE WHEN kind = 'sale' THEN amount_minor ELSE 0 END) gross,
              SUM(CASE WHEN kind LIKE '%fee' THEN amount_minor ELSE 0 END) fees
         FROM earnings_ledger WHERE created_at >= ? AND created_at < ?
        GROUP BY currency, d`,
      [`${day(0)} 00:00:00`, `${day(7)} 00:00:00`],
    );
    expect(series.map((s) => s.currency)).toEqual(['CNY', 'USD']);
    for (const s of series) {
      expect(s.days.map((d) => d.date)).toEqual([0, 1, 2, 3, 4, 5, 6].map(day));
      for (const d of s.days) {
        const p = plain.find((r) => r.currency === s.currency && r.d === d.date);
        expect([d.grossMinor, d.platformFeesMinor]).toEqual([
          Number(p?.gross ?? 0),
          0 - Number(p?.fees ?? 0),
        ]);
      }
      // The days add up to the window's totals.
      const total = (await getPlatformMoney(admin, range)).find((m) => m.currency === s.currency)!;
      expect(s.days.reduce((n, d) => n + d.grossMinor, 0)).toBe(total.grossMinor);
      expect(s.days.reduce((n, d) => n + d.platformFeesMinor, 0)).toBe(total.platformFeesMinor);
    }
    const usd = series.find((s) => s.currency === 'USD')!.days;
    // Day 2: two sales (5 000 refunded the same day, 2 000 later disputed): fees 1 500 + 600 − 1 500.
    expect(usd[2]).toEqual({ date: day(2), grossMinor: 7_000, platformFeesMinor: 600 });
    expect(usd[4]).toEqual({ date: day(4), grossMinor: 0, platformFeesMinor: -600 });
  });

  it('lists every creator balance per currency, largest first within a currency, paged, equal to plain SQL', async () => {
    const { a, b } = await seedLedger();
    const admin = await makeUser('admin');
    const first = await listCreatorBalancesForAdmin(admin);
    const plain = await rows<{
      creator_id: string;
      currency: string;
      balance: string;
      gross: string;
      payouts: string;
    }>(
      `SELECT creator_id, currency, SUM(amount_minor) balance,
              SUM(CASE WHEN kind = 'sale' THEN amount_minor ELSE 0 END) gross,
              SUM(CASE WHEN kind = 'payout' THEN amount_minor ELSE 0 END) payouts
         FROM earnings_ledger GROUP BY creator_id, currency
        ORDER BY currency, balance DESC, creator_id`,
      [],
    );
    expect(first.total).toBe(plain.length);
    const all = [...first.rows];
    for (let page = 2; page <= Math.ceil(first.total / first.pageSize); page++) {
      const next = await listCreatorBalancesForAdmin(admin, { page });
      expect(next.rows.length).toBeLessThanOrEqual(first.pageSize);
      all.push(...next.rows);
    }
    expect(
      all.map((r) => [r.creatorId, r.currency, r.balanceMinor, r.grossMinor, r.paidOutMinor]),
    ).toEqual(
      plain.map((p) => [
        p.creator_id,
        p.currency,
        Number(p.balance),
        Number(p.gross),
        0 - Number(p.payouts),
      ]),
    );
    const of = (id: string, currency: string) =>
      all.find((r) => r.creatorId === id && r.currency === currency);
    // A: 10 000 + 5 000 + 7 700 sold at 30 % fees; the 5 000 refunded, its 1 500 fee given back.
    expect(of(a.id, 'USD')).toMatchObject({
      grossMinor: 22_700,
      feesMinor: 5_310,
      reversalsMinor: 5_000,
      paidOutMinor: 0,
      balanceMinor: 12_390,
      creatorName: 'Money creator A',
    });
    expect(of(a.id, 'CNY')).toMatchObject({ balanceMinor: 6_930 });
    // B: the dispute took the sale and its fee back, then a payout of 1 000 left the balance negative.
    expect(of(b.id, 'USD')).toMatchObject({
      grossMinor: 2_000,
      feesMinor: 0,
      reversalsMinor: 2_000,
      paidOutMinor: 1_000,
      balanceMinor: -1_000,
    });
  });

  it('ACCESS-4: learners and creators get neither the figures nor the balances', async () => {
    const range = resolveRange({ range: 7 });
    for (const role of ['learner', 'creator'] as const) {
      const viewer = await makeUser(role);
      await expect(getPlatformMoney(viewer, range)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(listPlatformMoneyDays(viewer, range)).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(listCreatorBalancesForAdmin(viewer)).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });
});
