'use server';

import { action } from '@/lib/actions/safe-action';
import { consumeAuthToken } from '@/lib/data/auth-tokens';
import { markEmailVerified } from '@/lib/data/auth-users';
import { verifyEmailSchema } from '@/lib/validation/auth';

/** Confirms the address from the mailed link; the page posts the token so it is never consumed by a GET. */
export const verifyEmailAction = action(
  { schema: verifyEmailSchema, guard: 'public', name: 'auth.verifyEmail' },
  async ({ token }) => {
    const consumed = await consumeAuthToken(token, 'verify_email');
    if (!consumed) return { ok: false, code: 'BAD_REQUEST', formError: 'Auth.verify.invalidToken' };
    await markEmailVerified(consumed.userId);
    return { ok: true, message: 'Auth.verify.done' };
  },
);
