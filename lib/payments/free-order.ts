import 'server-only';

import type { Order } from '@/db/schema';
import { AppError } from '@/lib/errors';

import { syncOrder } from './fulfil-order';

/**
 * Completes an order the server priced at 0 (a 100 %-off coupon, or an amount off at least the
 * price) without Stripe: the same one idempotent fulfilment a paid session gets, from a snapshot
 * the server makes itself. syncOrder re-reads the order under its row lock and refuses (mismatch)
 * unless the stored amount is still 0, so a re-priced order is never enrolled for free.
 */
export async function completeFreeOrder(order: Pick<Order, 'id' | 'amountMinor' | 'currency'>) {
  if (order.amountMinor !== 0) throw new AppError('INTERNAL', 'Errors.generic');
  const result = await syncOrder(
    {
      orderId: order.id,
      sessionId: null,
      amountMinor: 0,
      currency: order.currency,
      paymentIntentId: null,
      chargeId: null,
      method: 'free',
      failureReason: null,
      stripeCreated: Math.floor(Date.now() / 1000),
      payment: 'paid',
      refund: 'none',
      refunds: [],
      dispute: null,
    },
    { label: 'free' },
  );
  if (result !== 'applied') throw new AppError('CONFLICT', 'Checkout.errors.processing');
}
