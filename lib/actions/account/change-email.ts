'use server';

import { action } from '@/lib/actions/safe-action';
import { assertCurrentPassword } from '@/lib/auth/reauth';
import { createAuthToken, revokeUserTokens } from '@/lib/data/auth-tokens';
import { emailExists } from '@/lib/data/auth-users';
import { appLink, sendMail } from '@/lib/mail/send';
import { consumeLimit } from '@/lib/rate-limit';
import { changeEmailSchema } from '@/lib/validation/account';

/**
 * AUTH-8: re-auth, then a confirmation link to the NEW address and a notice to the old one. Nothing
 * changes until the link is used. A taken address gets no link, but the answer is the same.
 */
export const changeEmailAction = action(
  { schema: changeEmailSchema, guard: 'user', name: 'account.changeEmail' },
  async (input, { viewer }) => {
    if (input.newEmail === viewer.email)
      return {
        ok: false,
        code: 'BAD_REQUEST',
        fieldErrors: { newEmail: ['Validation.emailUnchanged'] },
      };
    await assertCurrentPassword(viewer, input.currentPassword);
    await consumeLimit('changeEmail', viewer.id);
    if (!(await emailExists(input.newEmail))) {
      await revokeUserTokens(viewer.id, ['change_email']);
      const token = await createAuthToken(viewer.id, 'change_email', { newEmail: input.newEmail });
      await sendMail({
        to: input.newEmail,
        template: 'emailChangeConfirm',
        locale: viewer.locale,
        params: { name: viewer.name, url: appLink('/verify-email', { token, type: 'change' }) },
      });
    }
    await sendMail({
      to: viewer.email,
      template: 'emailChangeNotice',
      locale: viewer.locale,
      params: { name: viewer.name, newEmail: input.newEmail, url: appLink('/account/security') },
    });
    return { ok: true, message: 'Account.email.sent' };
  },
);
