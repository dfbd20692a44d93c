'use server';

import { completeTotpEnrolment } from '@/lib/account/two-factor';
import { action } from '@/lib/actions/safe-action';
import { enableTwoFactorSchema } from '@/lib/validation/account';

/** Proves the authenticator works; answers with recovery codes, shown once. */
export const enableTwoFactorAction = action<
  typeof enableTwoFactorSchema,
  'user',
  { recoveryCodes: string[] }
>(
  { schema: enableTwoFactorSchema, guard: 'user', name: 'account.enableTwoFactor' },
  async ({ code }, { viewer }) => ({
    ok: true,
    message: 'Account.twoFactor.enabled',
    data: { recoveryCodes: await completeTotpEnrolment(viewer, code) },
  }),
);
