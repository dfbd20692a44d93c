'use server';

import { redirect } from 'next/navigation';

import { action } from '@/lib/actions/safe-action';
import { assertCurrentPassword } from '@/lib/auth/reauth';
import { getPhoneAccount, hasOtherSignInMethod, setUserPhone } from '@/lib/data/phone-users';
import { AppError } from '@/lib/errors';
import { sendSms } from '@/lib/sms/send';
import { removePhoneSchema } from '@/lib/validation/phone';

/** Removes the number (AUTH-8: current password), only while another way to sign in remains. */
export const removePhoneAction = action(
  { schema: removePhoneSchema, guard: 'user', name: 'account.removePhone' },
  async (input, { viewer }) => {
    await assertCurrentPassword(viewer, input.currentPassword);
    const account = await getPhoneAccount(viewer.id);
    if (!account?.phone) throw new AppError('NOT_FOUND', 'Errors.notFound');
    if (!(await hasOtherSignInMethod(viewer.id)))
      throw new AppError('CONFLICT', 'Phone.errors.lastMethod');
    await setUserPhone(viewer.id, null);
    await sendSms({ to: account.phone, template: 'numberChanged', locale: viewer.locale });
    redirect('/account/security?done=phoneRemoved');
  },
);
