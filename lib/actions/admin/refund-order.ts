'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { requestIp } from '@/lib/auth/request-context';
import { adminRefundOrder } from '@/lib/payments/refunds';
import { adminRefundOrderSchema } from '@/lib/validation/admin-orders';

/**
 * An admin refunds a paid order without a request (support, duplicate purchases): everything left,
 * or the amount given; audited.
 */
export const refundOrderAction = action(
  { schema: adminRefundOrderSchema, guard: 'admin', name: 'admin.refundOrder' },
  async ({ orderId, reason, amount }, { viewer }) => {
    await adminRefundOrder(viewer, orderId, reason, {
      amountMinor: amount,
      actorIp: await requestIp(),
    });
    revalidatePath(`/admin/orders/${orderId}`);
    revalidatePath('/admin/orders');
    return { ok: true, message: 'Admin.Orders.refundIssued' };
  },
);
