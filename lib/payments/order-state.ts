import type { OrderStatus } from '@/db/schema';

/**
 * The order state machine (docs/payments.md), enforced here and nowhere else. Edges only move
 * forward, except `disputed → paid` (or `partially_refunded`, when refunds came before the dispute)
 * when a dispute is won. `pathTo` lets fulfilment reach a state
 * Stripe already reports (a refund seen before the payment) by walking the legal edges in order,
 * so each step's side effects run exactly once.
 */
const EDGES: Record<OrderStatus, readonly OrderStatus[]> = {
  pending: ['awaiting_payment', 'paid', 'failed', 'expired'],
  awaiting_payment: ['paid', 'failed', 'expired'],
  paid: ['partially_refunded', 'refunded', 'disputed'],
  partially_refunded: ['refunded', 'disputed'],
  disputed: ['paid', 'partially_refunded'],
  refunded: [],
  failed: [],
  expired: [],
};

export const OPEN_STATUSES: readonly OrderStatus[] = ['pending', 'awaiting_payment'];
/** Statuses in which the buyer holds access. */
export const ACCESS_STATUSES: readonly OrderStatus[] = ['paid', 'partially_refunded'];

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return EDGES[from].includes(to);
}

/** Shortest legal path from `from` to `to` (excluding `from`); null when unreachable. */
export function pathTo(from: OrderStatus, to: OrderStatus): OrderStatus[] | null {
  if (from === to) return [];
  const seen = new Set<OrderStatus>([from]);
  const queue: { at: OrderStatus; path: OrderStatus[] }[] = [{ at: from, path: [] }];
  while (queue.length > 0) {
    const { at, path } = queue.shift()!;
    for (const next of EDGES[at]) {
      if (seen.has(next)) continue;
      const nextPath = [...path, next];
      if (next === to) return nextPath;
      seen.add(next);
      queue.push({ at: next, path: nextPath });
    }
  }
  return null;
}

export function isOpen(status: OrderStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/** What Stripe currently reports for an order, re-fetched from Stripe (PAY-5), never from the event body. */
export type PaymentSnapshot = {
  payment: 'open' | 'awaiting' | 'paid' | 'failed' | 'expired';
  refund: 'none' | 'partial' | 'full';
  /** Only dispute events carry this; other events leave disputes alone. */
  dispute: 'open' | 'won' | 'lost' | null;
};

/**
 * The status an order should be in, given where it is and what Stripe reports. A session event
 * never restores a disputed order; only a won dispute does.
 */
export function targetStatus(current: OrderStatus, snap: PaymentSnapshot): OrderStatus {
  if (isOpen(current)) {
    if (snap.payment === 'paid')
      return snap.refund === 'full'
        ? 'refunded'
        : snap.refund === 'partial'
          ? 'partially_refunded'
          : 'paid';
    if (snap.payment === 'awaiting') return 'awaiting_payment';
    if (snap.payment === 'failed') return 'failed';
    if (snap.payment === 'expired') return 'expired';
    return current;
  }
  if (current === 'paid' || current === 'partially_refunded') {
    if (snap.dispute === 'open' || snap.dispute === 'lost') return 'disputed';
    if (snap.refund === 'full') return 'refunded';
    if (snap.refund === 'partial') return 'partially_refunded';
    return current;
  }
  if (current === 'disputed' && snap.dispute === 'won')
    return snap.refund === 'partial' ? 'partially_refunded' : 'paid';
  return current;
}
