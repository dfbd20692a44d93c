import 'server-only';

import { desc, eq } from 'drizzle-orm';

import { db } from '@/db';
import { enrollments, orders, paymentEvents } from '@/db/schema';
import { logger } from '@/lib/logger';

import { syncOrder, type OrderSync } from './fulfil-order';
import { stripe } from './stripe';
import { syncFromCharge, syncFromDispute, syncFromSession } from './webhook-events';

/** Stripe retries a failed delivery for about three days, so a shorter look-back could miss one. */
export const RECONCILE_DAYS = 3;
/** Missed events plus no webhook at all for this long: the endpoint is not receiving (OPS-5). */
export const WEBHOOK_SILENCE_HOURS = 6;

export type ReconcileReport = {
  /** Stripe objects looked at (sessions, refunds, disputes). */
  checked: number;
  /** Orders whose state or access changed because of this run (missed webhooks). */
  fixed: { orderId: string; from: string; to: string }[];
  /** Orders whose Stripe amount differs from ours: never changed, always alerted (PAY-1). */
  mismatched: string[];
  webhookSilent: boolean;
};

/** On the root logger, like every alert, so an area's log level never hides it (OPS-5). */
function alert(name: string, detail: Record<string, unknown>) {
  logger.error({ area: 'payments', alert: name, ...detail }, `payments alert: ${name}`);
}

async function orderState(orderId: string) {
  const [row] = await db
    .select({ status: orders.status, refundedMinor: orders.refundedMinor })
    .from(orders)
    .where(eq(orders.id, orderId))
    .limit(1);
  if (!row) return null;
  const [enrolment] = await db
    .select({ status: enrollments.status })
    .from(enrollments)
    .where(eq(enrollments.orderId, orderId))
    .limit(1);
  // The refunded amount too: a missed second partial refund changes neither status nor access.
  return `${row.status}/${enrolment?.status ?? 'none'}/${row.refundedMinor}`;
}

/**
 * PAY-9: compares what Stripe knows of the last few days (Checkout Sessions, refunds, disputes) with
 * our orders and re-runs the one idempotent fulfilment (`syncOrder`) for each, so a missed webhook is
 * applied late rather than never: paid-but-not-enrolled gets access, refunded-but-active loses it.
 * Running it again changes nothing. Amount mismatches are alerted and left alone.
 */
export async function reconcilePayments(opts: { now?: Date; days?: number } = {}) {
  const now = opts.now ?? new Date();
  const gte = Math.floor(now.getTime() / 1000) - (opts.days ?? RECONCILE_DAYS) * 86_400;
  const report: ReconcileReport = { checked: 0, fixed: [], mismatched: [], webhookSilent: false };
  const syncs: (() => Promise<OrderSync | null>)[] = [];
  for await (const s of stripe.checkout.sessions.list({ created: { gte }, limit: 100 }))
    syncs.push(() => syncFromSession(s.id));
  for await (const r of stripe.refunds.list({ created: { gte }, limit: 100 })) {
    const chargeId = typeof r.charge === 'string' ? r.charge : r.charge?.id;
    if (chargeId) syncs.push(() => syncFromCharge(chargeId, null));
  }
  for await (const d of stripe.disputes.list({ created: { gte }, limit: 100 }))
    syncs.push(() => syncFromDispute(d.id));

  for (const load of syncs) {
    report.checked++;
    const sync = await load();
    if (!sync) continue;
    const before = await orderState(sync.orderId);
    if (before === null) continue;
    const result = await syncOrder(sync, { label: 'reconcile' });
    if (result === 'mismatch') {
      if (!report.mismatched.includes(sync.orderId)) report.mismatched.push(sync.orderId);
      continue;
    }
    const after = await orderState(sync.orderId);
    if (after !== before) report.fixed.push({ orderId: sync.orderId, from: before, to: after! });
  }

  for (const f of report.fixed) alert('reconcile_fixed_order', f);
  for (const orderId of report.mismatched) alert('reconcile_amount_mismatch', { orderId });
  report.webhookSilent = report.fixed.length > 0 && (await webhookSilent(now));
  if (report.webhookSilent) alert('webhook_silent', { hours: WEBHOOK_SILENCE_HOURS });
  return report;
}

/** No webhook has reached us for WEBHOOK_SILENCE_HOURS. */
async function webhookSilent(now: Date): Promise<boolean> {
  const [last] = await db
    .select({ at: paymentEvents.processedAt })
    .from(paymentEvents)
    .orderBy(desc(paymentEvents.processedAt))
    .limit(1);
  return !last || now.getTime() - last.at.getTime() >= WEBHOOK_SILENCE_HOURS * 3_600_000;
}
