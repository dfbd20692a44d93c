'use server';

import { action } from '@/lib/actions/safe-action';
import { hashPassword } from '@/lib/auth/password';
import { assertCurrentPassword } from '@/lib/auth/reauth';
import { startSession } from '@/lib/auth/request-context';
import { setPasswordHash } from '@/lib/data/auth-users';
import { appLink, sendMail } from '@/lib/mail/send';
import { changePasswordSchema } from '@/lib/validation/account';

/** AUTH-8 re-auth; every other session ends (AUTH-4) and this device gets a fresh one. */
export const changePasswordAction = action(
  { schema: changePasswordSchema, guard: 'user', name: 'account.changePassword' },
  async (input, { viewer }) => {
    await assertCurrentPassword(viewer, input.currentPassword);
    await setPasswordHash(viewer.id, await hashPassword(input.newPassword));
    await sendMail({
      to: viewer.email,
      template: 'passwordChanged',
      locale: viewer.locale,
      params: { name: viewer.name, url: appLink('/forgot-password') },
    });
    return startSession(viewer.id, '/account/security?done=password');
  },
);
