'use server';

import { notifyTwoFactorChange } from '@/lib/account/two-factor';
import { action } from '@/lib/actions/safe-action';
import { verifySecondFactor } from '@/lib/auth/challenge';
import { assertCurrentPassword } from '@/lib/auth/reauth';
import { unsafeFindCredentialsById } from '@/lib/data/auth-users';
import { disableTotp } from '@/lib/data/two-factor';
import { AppError } from '@/lib/errors';
import { disableTwoFactorSchema } from '@/lib/validation/account';

/** Needs the password and a current code (AUTH-8). Admins cannot turn it off: it is required for them. */
export const disableTwoFactorAction = action(
  { schema: disableTwoFactorSchema, guard: 'user', name: 'account.disableTwoFactor' },
  async (input, { viewer }) => {
    await assertCurrentPassword(viewer, input.currentPassword);
    const user = await unsafeFindCredentialsById(viewer.id);
    if (!user?.totpEnabled) throw new AppError('CONFLICT', 'Account.twoFactor.alreadyOff');
    if (user.role === 'admin')
      throw new AppError('FORBIDDEN', 'Account.twoFactor.requiredForAdmins');
    if (!(await verifySecondFactor(user, input.code))) {
      return { ok: false, code: 'BAD_REQUEST', fieldErrors: { code: ['Auth.twoFactor.invalid'] } };
    }
    await disableTotp(viewer.id);
    await notifyTwoFactorChange(viewer);
    return { ok: true, message: 'Account.twoFactor.disabled' };
  },
);
