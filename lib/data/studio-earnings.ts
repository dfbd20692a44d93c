import 'server-only';

import { and, countDistinct, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';

import { db } from '@/db';
import { courses, earningsLedger, orders, users, type LedgerKind } from '@/db/schema';
import type { Viewer } from '@/lib/auth/viewer';
import { sumInt } from '@/lib/data/aggregates';
import { assertStudioViewer } from '@/lib/data/studio-analytics-scope';
import { isCurrency, type CurrencyCode } from '@/lib/money';
import { pageWindow } from '@/lib/pagination';

/*
 * The creator's earnings from `earnings_ledger`, grouped by order, and their balance per currency.
 * Every query is scoped to `creator_id = viewer.id` (ACCESS-3); the buyer is named, never emailed.
 * Every Stripe refund, partial or full, is booked with its share of the fee (docs/payments.md), so
 * an order's refunds and net come from its lines alone.
 */

const FEE_KINDS: LedgerKind[] = ['platform_fee', 'refund_fee', 'dispute_fee', 'dispute_won_fee'];
const REVERSAL_KINDS: LedgerKind[] = ['refund', 'dispute', 'dispute_won'];
const PAGE_SIZE = 25;
export const EARNINGS_CSV_LIMIT = 10_000;

export type EarningsOrderRow = {
  orderId: string;
  orderDate: Date;
  courseTitle: string;
  buyerName: string;
  currency: CurrencyCode;
  grossMinor: number;
  /** Platform fee less fees returned on reversals (≤ 0 from the creator's side). */
  feeMinor: number;
  /** Refund and dispute lines booked in the ledger (≤ 0), partial refunds included. */
  refundsMinor: number;
  netMinor: number;
};

export type EarningsBalance = {
  currency: CurrencyCode;
  /** Everything booked except payouts. */
  earnedMinor: number;
  /** Paid out so far, as a positive amount. */
  paidOutMinor: number;
  /** The sum of every ledger line: earned minus paid out. */
  balanceMinor: number;
};

const sumWhen = (kinds: LedgerKind[]) =>
  sumInt(
    sql`CASE WHEN ${inArray(earningsLedger.kind, kinds)} THEN ${earningsLedger.amountMinor} END`,
  );

const orderDate = sql<Date>`COALESCE(${orders.paidAt}, ${orders.createdAt})`;

async function selectOrderRows(viewer: Viewer, limit: number, offset: number) {
  const rows = await db
    .select({
      orderId: orders.id,
      orderDate,
      courseTitle: courses.title,
      buyerName: users.name,
      currency: earningsLedger.currency,
      grossMinor: sumWhen(['sale']),
      feeMinor: sumWhen(FEE_KINDS),
      refundsMinor: sumWhen(REVERSAL_KINDS),
      netMinor: sumInt(earningsLedger.amountMinor),
    })
    .from(earningsLedger)
    .innerJoin(orders, eq(orders.id, earningsLedger.orderId))
    .innerJoin(courses, eq(courses.id, orders.courseId))
    .innerJoin(users, eq(users.id, orders.userId))
    .where(eq(earningsLedger.creatorId, viewer.id))
    .groupBy(
      orders.id,
      orders.paidAt,
      orders.createdAt,
      courses.title,
      users.name,
      earningsLedger.currency,
    )
    .orderBy(desc(orderDate), desc(orders.id))
    .limit(limit)
    .offset(offset);
  return rows.flatMap(({ orderDate: date, ...r }): EarningsOrderRow[] =>
    isCurrency(r.currency) ? [{ ...r, currency: r.currency, orderDate: new Date(date) }] : [],
  );
}

/** Creator (or admin) only; one page of their own orders with the ledger summed per order. */
export async function listStudioEarnings(viewer: Viewer, opts: { page?: number } = {}) {
  assertStudioViewer(viewer);
  const win = pageWindow(opts.page, PAGE_SIZE, PAGE_SIZE);
  const [items, [total]] = await Promise.all([
    selectOrderRows(viewer, win.pageSize, win.offset),
    db
      .select({ n: countDistinct(earningsLedger.orderId) })
      .from(earningsLedger)
      .where(and(eq(earningsLedger.creatorId, viewer.id), isNotNull(earningsLedger.orderId))),
  ]);
  return { items, total: total?.n ?? 0, page: win.page, pageSize: win.pageSize };
}

/** Creator (or admin) only; every order row (capped) for the CSV export. */
export async function listStudioEarningsForExport(viewer: Viewer) {
  assertStudioViewer(viewer);
  return selectOrderRows(viewer, EARNINGS_CSV_LIMIT, 0);
}

/** Creator (or admin) only; their balance per currency: the ledger's sum, payouts included. */
export async function getStudioBalances(viewer: Viewer): Promise<EarningsBalance[]> {
  assertStudioViewer(viewer);
  const rows = await db
    .select({
      currency: earningsLedger.currency,
      payouts: sumWhen(['payout']),
      balance: sumInt(earningsLedger.amountMinor),
    })
    .from(earningsLedger)
    .where(eq(earningsLedger.creatorId, viewer.id))
    .groupBy(earningsLedger.currency)
    .orderBy(earningsLedger.currency);
  return rows.flatMap((r): EarningsBalance[] =>
    isCurrency(r.currency)
      ? [
          {
            currency: r.currency,
            earnedMinor: r.balance - r.payouts,
            paidOutMinor: r.payouts === 0 ? 0 : -r.payouts,
            balanceMinor: r.balance,
          },
        ]
      : [],
  );
}
