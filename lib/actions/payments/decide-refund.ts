'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { requestIp } from '@/lib/auth/request-context';
import { decideRefund } from '@/lib/payments/refunds';
import { decideRefundSchema } from '@/lib/validation/payments';

/** The course's creator (or an admin) approves or declines a refund request, with a reason. */
export const decideRefundAction = action(
  { schema: decideRefundSchema, guard: 'creator', name: 'payments.decideRefund' },
  async ({ refundId, decision, reason }, { viewer }) => {
    await decideRefund(viewer, refundId, decision, reason, await requestIp());
    revalidatePath('/studio/refunds');
    revalidatePath('/admin/refunds');
    return {
      ok: true,
      message:
        decision === 'approve' ? 'Orders.refund.approvedNotice' : 'Orders.refund.declinedNotice',
    };
  },
);
