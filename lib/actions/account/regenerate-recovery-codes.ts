'use server';

import { action } from '@/lib/actions/safe-action';
import { assertCurrentPassword } from '@/lib/auth/reauth';
import { replaceRecoveryCodes, unsafeGetSealedTotpSecret } from '@/lib/data/two-factor';
import { AppError } from '@/lib/errors';
import { reauthSchema } from '@/lib/validation/account';

/** New recovery codes replace all old ones (AUTH-8 re-auth). */
export const regenerateRecoveryCodesAction = action<
  typeof reauthSchema,
  'user',
  { recoveryCodes: string[] }
>(
  { schema: reauthSchema, guard: 'user', name: 'account.regenerateRecoveryCodes' },
  async (input, { viewer }) => {
    await assertCurrentPassword(viewer, input.currentPassword);
    if (!(await unsafeGetSealedTotpSecret(viewer.id)).enabled)
      throw new AppError('CONFLICT', 'Account.twoFactor.alreadyOff');
    return {
      ok: true,
      message: 'Account.twoFactor.codesReplaced',
      data: { recoveryCodes: await replaceRecoveryCodes(viewer.id) },
    };
  },
);
