'use server';

import { action } from '@/lib/actions/safe-action';
import { requestIp } from '@/lib/auth/request-context';
import { getPhoneAccount } from '@/lib/data/phone-users';
import { AppError } from '@/lib/errors';
import { parsePhone } from '@/lib/phone/parse';
import { requestSmsCode, RESEND_AFTER_S } from '@/lib/phone/request-code';
import { emptySchema } from '@/lib/validation/auth';

/** Sends a `change` code to the signed-in user's own number: the re-auth of phone-only accounts (AUTH-8). */
export const requestAccountCodeAction = action(
  { schema: emptySchema, guard: 'user', name: 'account.requestAccountCode' },
  async (_input, { viewer }) => {
    const account = await getPhoneAccount(viewer.id);
    const phone = account?.phone ? parsePhone(account.phone) : null;
    if (!phone) throw new AppError('NOT_FOUND', 'Errors.notFound');
    await requestSmsCode({
      phone,
      purpose: 'change',
      userId: viewer.id,
      ip: await requestIp(),
      locale: viewer.locale,
    });
    return {
      ok: true,
      message: 'Phone.request.sent',
      data: { phone: account!.phone!, resendAfter: RESEND_AFTER_S },
    };
  },
);
