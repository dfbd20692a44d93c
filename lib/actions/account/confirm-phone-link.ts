'use server';

import { redirect } from 'next/navigation';

import { action } from '@/lib/actions/safe-action';
import { phoneFromInput } from '@/lib/auth/phone/phone-input';
import { getPhoneAccount, setUserPhone } from '@/lib/data/phone-users';
import { consumeSmsCode } from '@/lib/data/sms-codes';
import { AppError } from '@/lib/errors';
import { sendSms } from '@/lib/sms/send';
import { confirmPhoneLinkSchema } from '@/lib/validation/phone';

/** Second half of add/change: the code from the new number proves control; the old number is told. */
export const confirmPhoneLinkAction = action(
  { schema: confirmPhoneLinkSchema, guard: 'user', name: 'account.confirmPhoneLink' },
  async (input, { viewer }) => {
    const phone = phoneFromInput(input.phone, viewer.locale);
    const account = await getPhoneAccount(viewer.id);
    const purpose = account?.phone ? 'change' : 'link';
    const ok = await consumeSmsCode({ phone: phone.e164, purpose, userId: viewer.id }, input.code);
    if (!ok)
      throw new AppError('BAD_REQUEST', 'Phone.errors.codeInvalid', {
        fieldErrors: { code: ['Phone.errors.codeInvalid'] },
      });
    if (!(await setUserPhone(viewer.id, phone.e164)))
      throw new AppError('CONFLICT', 'Phone.errors.taken', {
        fieldErrors: { phone: ['Phone.errors.taken'] },
      });
    if (account?.phone && account.phone !== phone.e164)
      await sendSms({ to: account.phone, template: 'numberChanged', locale: viewer.locale });
    redirect('/account/security?done=phoneSaved');
  },
);
