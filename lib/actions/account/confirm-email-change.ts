'use server';

import { action } from '@/lib/actions/safe-action';
import { applyEmailChange } from '@/lib/data/account';
import { consumeAuthToken } from '@/lib/data/auth-tokens';
import { verifyEmailSchema } from '@/lib/validation/auth';

/** Second half of an email change: the link from the new inbox proves control of the new address. */
export const confirmEmailChangeAction = action(
  { schema: verifyEmailSchema, guard: 'public', name: 'account.confirmEmailChange' },
  async ({ token }) => {
    const consumed = await consumeAuthToken(token, 'change_email');
    if (!consumed?.newEmail)
      return { ok: false, code: 'BAD_REQUEST', formError: 'Auth.verify.invalidToken' };
    const applied = await applyEmailChange(consumed.userId, consumed.newEmail);
    if (!applied) return { ok: false, code: 'CONFLICT', formError: 'Account.email.taken' };
    return { ok: true, message: 'Account.email.changed' };
  },
);
