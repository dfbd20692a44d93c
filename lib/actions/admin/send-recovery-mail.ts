'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { requestIp } from '@/lib/auth/request-context';
import { sendCheckoutRecoveryMail } from '@/lib/data/checkout-recovery';
import { sendRecoveryMailSchema } from '@/lib/validation/conversion-model';

/** Admin, from the at-risk list: one recovery email for an open checkout; audited. */
export const sendRecoveryMailAction = action(
  { schema: sendRecoveryMailSchema, guard: 'admin', name: 'admin.sendRecoveryMail' },
  async ({ orderId }, { viewer }) => {
    await sendCheckoutRecoveryMail(viewer, orderId, await requestIp());
    revalidatePath('/admin/models');
    return { ok: true, message: 'ConversionModel.atRisk.mailed' };
  },
);
