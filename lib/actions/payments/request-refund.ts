'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { requestRefund } from '@/lib/payments/refunds';
import { requestRefundSchema } from '@/lib/validation/payments';

/** The buyer asks for a refund of their own order, inside the platform's refund rule. */
export const requestRefundAction = action(
  { schema: requestRefundSchema, guard: 'user', name: 'payments.requestRefund' },
  async ({ orderId, reason }, { viewer }) => {
    await requestRefund(viewer, orderId, reason);
    revalidatePath(`/orders/${orderId}`);
    return { ok: true, message: 'Orders.refund.requested' };
  },
);
