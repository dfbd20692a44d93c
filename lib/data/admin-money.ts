import 'server-only';

import { and, asc, count, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';

import { db } from '@/db';
import { earningsLedger, LEDGER_KINDS, users, type LedgerKind } from '@/db/schema';
import { canManageOrders } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { dayOf, sumInt } from '@/lib/data/aggregates';
import { fillDays } from '@/lib/date-series';
import { AppError } from '@/lib/errors';
import { isCurrency, type CurrencyCode } from '@/lib/money';
import { pageWindow } from '@/lib/pagination';
import { rangeDayKeys, type AnalyticsRange } from '@/lib/validation/studio-analytics';

/*
 * The platform's money from the earnings ledger alone (append-only, signed from the creator's side:
 * a sale is +gross and −fee, reversals mirror it; docs/payments.md). Per currency, never summed
 * across currencies. Every figure below is a sum of ledger lines, so it reconciles to the cent.
 */

const FEE_KINDS: LedgerKind[] = ['platform_fee', 'refund_fee', 'dispute_fee', 'dispute_won_fee'];
const DISPUTE_KINDS: LedgerKind[] = ['dispute', 'dispute_won'];
/** Every kind but payouts: what creators earned, before anything was paid out to them. */
const EARNING_KINDS: LedgerKind[] = LEDGER_KINDS.filter((k) => k !== 'payout');
export const BALANCES_PAGE_SIZE = 25;

/** A sum from the other side (fees as revenue, reversals as amounts), never `-0`. */
const neg = (n: number) => (n === 0 ? 0 : -n);

const sumWhen = (kinds: LedgerKind[]) =>
  sumInt(
    sql`CASE WHEN ${inArray(earningsLedger.kind, kinds)} THEN ${earningsLedger.amountMinor} END`,
  );

export type PlatformMoney = {
  currency: CurrencyCode;
  /** Σ sale lines: what buyers paid. */
  grossMinor: number;
  /** −Σ refund lines: gross given back (positive). */
  refundsMinor: number;
  /** −Σ dispute and dispute_won lines: chargebacks net of disputes won (positive when lost). */
  disputesMinor: number;
  /** −Σ fee lines: the platform's revenue, fees on reversed sales given back. */
  platformFeesMinor: number;
  /** Σ every line but payouts: what creators earned, gross − refunds − disputes − fees. */
  creatorNetMinor: number;
  /** Sale lines booked (one per paid order). */
  sales: number;
};

function assertAdmin(viewer: Viewer) {
  if (!canManageOrders(viewer)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
}

/** Admins only (ACCESS-4). Ledger lines booked in the UTC window [from, to), per currency. */
export async function getPlatformMoney(
  viewer: Viewer,
  range: AnalyticsRange,
): Promise<PlatformMoney[]> {
  assertAdmin(viewer);
  const rows = await db
    .select({
      currency: earningsLedger.currency,
      gross: sumWhen(['sale']),
      refunds: sumWhen(['refund']),
      disputes: sumWhen(DISPUTE_KINDS),
      fees: sumWhen(FEE_KINDS),
      earned: sumWhen(EARNING_KINDS),
      sales: sql<number>`COUNT(CASE WHEN ${earningsLedger.kind} = 'sale' THEN 1 END)`.mapWith(
        Number,
      ),
    })
    .from(earningsLedger)
    .where(and(gte(earningsLedger.createdAt, range.from), lt(earningsLedger.createdAt, range.to)))
    .groupBy(earningsLedger.currency)
    .orderBy(earningsLedger.currency);
  return rows.flatMap((r): PlatformMoney[] =>
    isCurrency(r.currency)
      ? [
          {
            currency: r.currency,
            grossMinor: r.gross,
            refundsMinor: neg(r.refunds),
            disputesMinor: neg(r.disputes),
            platformFeesMinor: neg(r.fees),
            creatorNetMinor: r.earned,
            sales: r.sales,
          },
        ]
      : [],
  );
}

export type MoneyDay = { date: string; grossMinor: number; platformFeesMinor: number };

/**
 * Admins only (ACCESS-4). Gross sales and platform fees per UTC day of the window, one series per
 * currency that booked anything, every day present (quiet days are zero) for the chart.
 */
export async function listPlatformMoneyDays(
  viewer: Viewer,
  range: AnalyticsRange,
): Promise<{ currency: CurrencyCode; days: MoneyDay[] }[]> {
  assertAdmin(viewer);
  const day = dayOf(earningsLedger.createdAt);
  const rows = await db
    .select({
      currency: earningsLedger.currency,
      day,
      gross: sumWhen(['sale']),
      fees: sumWhen(FEE_KINDS),
    })
    .from(earningsLedger)
    .where(and(gte(earningsLedger.createdAt, range.from), lt(earningsLedger.createdAt, range.to)))
    .groupBy(earningsLedger.currency, day);
  const keys = rangeDayKeys(range);
  const currencies = [...new Set(rows.map((r) => r.currency))].filter(isCurrency).sort();
  return currencies.map((currency) => ({
    currency,
    days: fillDays(
      keys,
      rows.filter((r) => r.currency === currency),
      (date, [r]): MoneyDay => ({
        date,
        grossMinor: r?.gross ?? 0,
        platformFeesMinor: neg(r?.fees ?? 0),
      }),
    ),
  }));
}

export type CreatorBalanceRow = {
  creatorId: string;
  creatorName: string;
  currency: CurrencyCode;
  grossMinor: number;
  /** Platform fees net of those returned on reversals (positive). */
  feesMinor: number;
  /** Refunds and disputes, net (positive when money went back to buyers). */
  reversalsMinor: number;
  /** Paid out so far (positive). */
  paidOutMinor: number;
  /** The sum of every ledger line of this creator in this currency. */
  balanceMinor: number;
};

/**
 * Admins only (ACCESS-4). Every creator's balance per currency (all time: the sum of their ledger
 * lines), largest first within a currency, a page at a time.
 */
export async function listCreatorBalancesForAdmin(
  viewer: Viewer,
  opts: { page?: number } = {},
): Promise<{ rows: CreatorBalanceRow[]; total: number; page: number; pageSize: number }> {
  assertAdmin(viewer);
  const win = pageWindow(opts.page, BALANCES_PAGE_SIZE, BALANCES_PAGE_SIZE);
  const balance = sumInt(earningsLedger.amountMinor);
  const groups = db
    .select({ creatorId: earningsLedger.creatorId })
    .from(earningsLedger)
    .groupBy(earningsLedger.creatorId, earningsLedger.currency)
    .as('g');
  const [items, [total]] = await Promise.all([
    db
      .select({
        creatorId: earningsLedger.creatorId,
        creatorName: users.name,
        currency: earningsLedger.currency,
        gross: sumWhen(['sale']),
        fees: sumWhen(FEE_KINDS),
        reversals: sumWhen(['refund', ...DISPUTE_KINDS]),
        payouts: sumWhen(['payout']),
        balance,
      })
      .from(earningsLedger)
      .innerJoin(users, eq(users.id, earningsLedger.creatorId))
      .groupBy(earningsLedger.creatorId, users.name, earningsLedger.currency)
      .orderBy(asc(earningsLedger.currency), desc(balance), asc(earningsLedger.creatorId))
      .limit(win.pageSize)
      .offset(win.offset),
    db.select({ n: count() }).from(groups),
  ]);
  return {
    rows: items.flatMap((r): CreatorBalanceRow[] =>
      isCurrency(r.currency)
        ? [
            {
              creatorId: r.creatorId,
              creatorName: r.creatorName,
              currency: r.currency,
              grossMinor: r.gross,
              feesMinor: neg(r.fees),
              reversalsMinor: neg(r.reversals),
              paidOutMinor: neg(r.payouts),
              balanceMinor: r.balance,
            },
          ]
        : [],
    ),
    total: total?.n ?? 0,
    page: win.page,
    pageSize: win.pageSize,
  };
}
