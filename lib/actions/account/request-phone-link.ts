'use server';

import { action } from '@/lib/actions/safe-action';
import { phoneFromInput } from '@/lib/auth/phone/phone-input';
import { assertCurrentPassword } from '@/lib/auth/reauth';
import { requestIp } from '@/lib/auth/request-context';
import { getPhoneAccount } from '@/lib/data/phone-users';
import { requestSmsCode, RESEND_AFTER_S } from '@/lib/phone/request-code';
import { requestPhoneLinkSchema } from '@/lib/validation/phone';

/**
 * Add or change the account's phone number (AUTH-8): the current password first, then a `link`
 * (no number yet) or `change` code to the new number, bound to this user (AUTH-9).
 */
export const requestPhoneLinkAction = action(
  { schema: requestPhoneLinkSchema, guard: 'user', name: 'account.requestPhoneLink' },
  async (input, { viewer }) => {
    await assertCurrentPassword(viewer, input.currentPassword);
    const phone = phoneFromInput(input.phone, viewer.locale);
    const account = await getPhoneAccount(viewer.id);
    await requestSmsCode({
      phone,
      purpose: account?.phone ? 'change' : 'link',
      userId: viewer.id,
      ip: await requestIp(),
      locale: viewer.locale,
    });
    return {
      ok: true,
      message: 'Phone.request.sent',
      data: { phone: input.phone, resendAfter: RESEND_AFTER_S },
    };
  },
);
