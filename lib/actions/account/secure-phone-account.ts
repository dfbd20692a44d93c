'use server';

import { action } from '@/lib/actions/safe-action';
import { hashPassword } from '@/lib/auth/password';
import { startSession } from '@/lib/auth/request-context';
import { createAuthToken, revokeUserTokens } from '@/lib/data/auth-tokens';
import { emailExists, setPasswordHash } from '@/lib/data/auth-users';
import { getPhoneAccount } from '@/lib/data/phone-users';
import { consumeSmsCode } from '@/lib/data/sms-codes';
import { AppError } from '@/lib/errors';
import { appLink, sendMail } from '@/lib/mail/send';
import { consumeLimit } from '@/lib/rate-limit';
import { securePhoneAccountSchema } from '@/lib/validation/phone';

/**
 * A phone-only account adds an email and/or a first password. Re-authentication (AUTH-8) is a
 * `change` code sent to the account's own number. The email follows the email-change rules: a
 * confirmation link to the new address, nothing stored until it is used, the same answer whether
 * or not the address is taken. A new password ends other sessions (AUTH-4); this device stays in.
 */
export const securePhoneAccountAction = action(
  { schema: securePhoneAccountSchema, guard: 'user', name: 'account.securePhoneAccount' },
  async (input, { viewer }) => {
    const account = await getPhoneAccount(viewer.id);
    if (!account?.phone) throw new AppError('NOT_FOUND', 'Errors.notFound');
    const ok = await consumeSmsCode(
      { phone: account.phone, purpose: 'change', userId: viewer.id },
      input.code,
    );
    if (!ok)
      throw new AppError('BAD_REQUEST', 'Phone.errors.codeInvalid', {
        fieldErrors: { code: ['Phone.errors.codeInvalid'] },
      });
    if (input.email && !account.email) {
      await consumeLimit('changeEmail', viewer.id);
      if (!(await emailExists(input.email))) {
        await revokeUserTokens(viewer.id, ['change_email']);
        const token = await createAuthToken(viewer.id, 'change_email', { newEmail: input.email });
        await sendMail({
          to: input.email,
          template: 'emailChangeConfirm',
          locale: viewer.locale,
          params: { name: viewer.name, url: appLink('/verify-email', { token, type: 'change' }) },
        });
      }
    }
    if (input.newPassword && !account.hasPassword) {
      await setPasswordHash(viewer.id, await hashPassword(input.newPassword));
      return startSession(viewer.id, '/account/security?done=phoneSecured');
    }
    return { ok: true, message: 'Phone.account.emailSent' };
  },
);
