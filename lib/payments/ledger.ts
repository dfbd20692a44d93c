import 'server-only';

import { and, eq, inArray, sql } from 'drizzle-orm';

import { db, type Tx } from '@/db';
import { earningsLedger, orders, type LedgerKind, type Order } from '@/db/schema';
import { money, splitRevenue, type CurrencyCode } from '@/lib/money';

/**
 * The earnings ledger: append-only lines in the order's currency, integer minor units, signed from
 * the creator's side. A sale writes `sale` (+gross) and `platform_fee` (−fee); the creator's net is
 * their sum. Refunds and disputes write mirror lines; a won dispute writes them back. The unique
 * (order, kind) key makes every set exactly-once, whatever delivers the event how often.
 * Stripe's processing fee is not known in the emulator and is not booked (docs/payments.md).
 * Zero-amount orders (free through a coupon) write no lines.
 */
type Pair = { gross: LedgerKind; fee: LedgerKind; sign: 1 | -1 };
const SETS = {
  sale: { gross: 'sale', fee: 'platform_fee', sign: 1 },
  refund: { gross: 'refund', fee: 'refund_fee', sign: -1 },
  dispute: { gross: 'dispute', fee: 'dispute_fee', sign: -1 },
  dispute_won: { gross: 'dispute_won', fee: 'dispute_won_fee', sign: 1 },
} as const satisfies Record<string, Pair>;
export type LedgerSet = keyof typeof SETS;

/** Writes one set of lines for an order. Reversals mirror the stored sale, not today's fee rate. */
export async function writeLedgerSet(
  tx: Tx,
  order: Pick<Order, 'id' | 'creatorId' | 'amountMinor' | 'currency'>,
  set: LedgerSet,
  platformFeeBps: number,
) {
  // An order the coupon made free moved no money: it books no lines at all, sale or reversal.
  if (order.amountMinor === 0) return;
  const { gross, fee, sign } = SETS[set];
  let feeMinor: number;
  if (set === 'sale') {
    const split = splitRevenue(
      money(order.amountMinor, order.currency as CurrencyCode),
      platformFeeBps,
    );
    feeMinor = split.platform.amountMinor;
  } else {
    const [sale] = await tx
      .select({ amount: earningsLedger.amountMinor })
      .from(earningsLedger)
      .where(and(eq(earningsLedger.orderId, order.id), eq(earningsLedger.kind, 'platform_fee')));
    feeMinor = sale ? -sale.amount : 0;
  }
  const line = (kind: LedgerKind, amountMinor: number) => ({
    creatorId: order.creatorId,
    orderId: order.id,
    kind,
    amountMinor,
    currency: order.currency,
  });
  await tx
    .insert(earningsLedger)
    .values([line(gross, sign * order.amountMinor), line(fee, -sign * feeMinor)]);
}

export type CreatorBalance = { creatorId: string; currency: string; netMinor: number };

/** Creator balances per currency: the sum of their lines. */
export async function listCreatorBalances(creatorIds?: string[]): Promise<CreatorBalance[]> {
  const rows = await db
    .select({
      creatorId: earningsLedger.creatorId,
      currency: earningsLedger.currency,
      netMinor: sql<string>`sum(${earningsLedger.amountMinor})`,
    })
    .from(earningsLedger)
    .where(creatorIds ? inArray(earningsLedger.creatorId, creatorIds) : undefined)
    .groupBy(earningsLedger.creatorId, earningsLedger.currency);
  return rows.map((r) => ({ ...r, netMinor: Number(r.netMinor) }));
}

const GROSS_KINDS: LedgerKind[] = ['sale', 'refund', 'dispute', 'dispute_won'];
const FEE_KINDS: LedgerKind[] = ['platform_fee', 'refund_fee', 'dispute_fee', 'dispute_won_fee'];

/**
 * Totals that must agree with the orders table: gross booked equals the amount of orders that are
 * currently paid (or partially refunded), per currency; platform revenue is minus the fee lines.
 */
export async function ledgerTotals(
  creatorIds?: string[],
): Promise<
  Record<
    string,
    { grossMinor: number; platformMinor: number; creatorMinor: number; ordersMinor: number }
  >
> {
  const sums = await db
    .select({
      currency: earningsLedger.currency,
      gross: sql<string>`sum(case when ${inArray(earningsLedger.kind, GROSS_KINDS)} then ${earningsLedger.amountMinor} else 0 end)`,
      fees: sql<string>`sum(case when ${inArray(earningsLedger.kind, FEE_KINDS)} then ${earningsLedger.amountMinor} else 0 end)`,
      all: sql<string>`sum(${earningsLedger.amountMinor})`,
    })
    .from(earningsLedger)
    .where(creatorIds ? inArray(earningsLedger.creatorId, creatorIds) : undefined)
    .groupBy(earningsLedger.currency);
  const paid = await db
    .select({ currency: orders.currency, total: sql<string>`sum(${orders.amountMinor})` })
    .from(orders)
    .where(
      and(
        inArray(orders.status, ['paid', 'partially_refunded']),
        creatorIds ? inArray(orders.creatorId, creatorIds) : undefined,
      ),
    )
    .groupBy(orders.currency);
  const out: Record<
    string,
    { grossMinor: number; platformMinor: number; creatorMinor: number; ordersMinor: number }
  > = {};
  for (const s of sums)
    out[s.currency] = {
      grossMinor: Number(s.gross),
      platformMinor: -Number(s.fees),
      creatorMinor: Number(s.all),
      ordersMinor: 0,
    };
  for (const p of paid) {
    out[p.currency] ??= { grossMinor: 0, platformMinor: 0, creatorMinor: 0, ordersMinor: 0 };
    out[p.currency]!.ordersMinor = Number(p.total);
  }
  return out;
}
