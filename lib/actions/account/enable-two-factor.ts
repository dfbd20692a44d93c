'use server';

import { completeTotpEnrolment } from '@/lib/account/two-factor';
import { action } from '@/lib/actions/safe-action';
import { assertCurrentPassword } from '@/lib/auth/reauth';
import { enableTwoFactorSchema } from '@/lib/validation/account';

/**
 * Needs the current password (AUTH-8): otherwise a stolen session could turn two-factor on with the
 * thief's authenticator and lock the owner out. Proves the authenticator works, mails the owner, and
 * answers with recovery codes, shown once. Accounts without a password set one first: an OAuth-only
 * account with two-factor could not sign in at all (OAuth sign-in refuses two-factor accounts).
 */
export const enableTwoFactorAction = action<
  typeof enableTwoFactorSchema,
  'user',
  { recoveryCodes: string[] }
>(
  { schema: enableTwoFactorSchema, guard: 'user', name: 'account.enableTwoFactor' },
  async ({ code, currentPassword }, { viewer }) => {
    await assertCurrentPassword(viewer, currentPassword);
    return {
      ok: true,
      message: 'Account.twoFactor.enabled',
      data: { recoveryCodes: await completeTotpEnrolment(viewer, code) },
    };
  },
);
