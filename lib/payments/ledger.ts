import 'server-only';

import { and, eq, inArray, sql } from 'drizzle-orm';

import { db, type Tx } from '@/db';
import { earningsLedger, orders, type LedgerKind, type Order } from '@/db/schema';
import { logger } from '@/lib/logger';
import { money, shareOf, splitRevenue, type CurrencyCode } from '@/lib/money';

/**
 * The earnings ledger: append-only lines in the order's currency, integer minor units, signed from
 * the creator's side. A sale writes `sale` (+gross) and `platform_fee` (−fee); the creator's net is
 * their sum. Each Stripe refund writes `refund` (−its amount) and `refund_fee` (+its share of the
 * fee), keyed by the refund's id; a dispute mirrors what the refunds left, a won dispute writes that
 * back. The unique (order, kind, ref) key makes every line exactly-once, whatever delivers the event
 * how often. Stripe's processing fee is not known in the emulator and is not booked
 * (docs/payments.md). Zero-amount orders (free through a coupon) write no lines.
 */
type LedgerOrder = Pick<Order, 'id' | 'creatorId' | 'amountMinor' | 'currency'>;
export type LedgerSet = 'sale' | 'dispute' | 'dispute_won';
/** One succeeded Stripe refund of the order's charge. */
export type StripeRefund = { id: string; amountMinor: number };

const line = (order: LedgerOrder, kind: LedgerKind, amountMinor: number, ref = '') => ({
  creatorId: order.creatorId,
  orderId: order.id,
  kind,
  amountMinor,
  currency: order.currency,
  ref,
});

/** The order's lines summed per kind, and the Stripe refunds already booked. */
async function orderLines(tx: Tx, orderId: string) {
  const rows = await tx
    .select({
      kind: earningsLedger.kind,
      amount: earningsLedger.amountMinor,
      ref: earningsLedger.ref,
    })
    .from(earningsLedger)
    .where(eq(earningsLedger.orderId, orderId));
  const sum = (kind: LedgerKind) => rows.reduce((s, r) => (r.kind === kind ? s + r.amount : s), 0);
  const booked = new Set(rows.filter((r) => r.kind === 'refund').map((r) => r.ref));
  return { sum, booked };
}

/**
 * Writes the sale or a dispute set. A dispute takes back what is left after refunds (Stripe
 * disputes the unrefunded amount), fee included; a won dispute returns exactly the disputed lines.
 */
export async function writeLedgerSet(
  tx: Tx,
  order: LedgerOrder,
  set: LedgerSet,
  platformFeeBps: number,
) {
  // An order the coupon made free moved no money: it books no lines at all, sale or reversal.
  if (order.amountMinor === 0) return;
  let lines;
  if (set === 'sale') {
    const split = splitRevenue(
      money(order.amountMinor, order.currency as CurrencyCode),
      platformFeeBps,
    );
    lines = [
      line(order, 'sale', order.amountMinor),
      line(order, 'platform_fee', -split.platform.amountMinor),
    ];
  } else {
    const { sum } = await orderLines(tx, order.id);
    lines =
      set === 'dispute'
        ? [
            line(order, 'dispute', -(sum('sale') + sum('refund'))),
            line(order, 'dispute_fee', -(sum('platform_fee') + sum('refund_fee'))),
          ]
        : [
            line(order, 'dispute_won', -sum('dispute')),
            line(order, 'dispute_won_fee', -sum('dispute_fee')),
          ];
  }
  await tx.insert(earningsLedger).values(lines);
}

/**
 * Books every succeeded Stripe refund not booked yet, in the order given. Each returns its share of
 * the sale's fee, rounded on the running total (fee × refunded so far / gross, minus what earlier
 * refunds returned), so the refunds of a fully refunded order sum exactly to the sale's lines: the
 * last one takes the remainder. A refund that would take more than the sale is never booked (the
 * sale's full reversal is already there, e.g. as a line from before refunds had ids) and is logged.
 * Returns what was booked now and the order's refunded total.
 */
export async function bookRefunds(tx: Tx, order: LedgerOrder, stripeRefunds: StripeRefund[]) {
  const { sum, booked } = await orderLines(tx, order.id);
  const gross = sum('sale');
  const fee = -sum('platform_fee');
  let refunded = -sum('refund');
  let feeBack = sum('refund_fee');
  const now: (StripeRefund & { final: boolean })[] = [];
  if (gross === 0) return { booked: now, refundedMinor: refunded };
  for (const r of stripeRefunds) {
    if (booked.has(r.id)) continue;
    if (r.amountMinor <= 0 || refunded + r.amountMinor > gross) {
      logger.warn({ orderId: order.id, refundId: r.id }, 'refund exceeds what the ledger holds');
      continue;
    }
    refunded += r.amountMinor;
    const feeSoFar = shareOf(fee, refunded, gross);
    await tx
      .insert(earningsLedger)
      .values([
        line(order, 'refund', -r.amountMinor, r.id),
        line(order, 'refund_fee', feeSoFar - feeBack, r.id),
      ]);
    feeBack = feeSoFar;
    now.push({ ...r, final: refunded === gross });
  }
  return { booked: now, refundedMinor: refunded };
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
 * Totals that must agree with the orders table: gross booked equals what orders that are currently
 * paid (or partially refunded) kept, their amount less what was refunded, per currency; platform
 * revenue is minus the fee lines.
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
    .select({
      currency: orders.currency,
      total: sql<string>`sum(${orders.amountMinor} - ${orders.refundedMinor})`,
    })
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
