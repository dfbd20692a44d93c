'use server';

import { action } from '@/lib/actions/safe-action';
import { resetPasswordWithToken } from '@/lib/auth/password-reset';
import { resetPasswordSchema } from '@/lib/validation/auth';

/** AUTH-3: single-use token, all sessions end, no automatic sign-in. */
export const resetPasswordAction = action(
  { schema: resetPasswordSchema, guard: 'public', name: 'auth.resetPassword' },
  async ({ token, password }) => {
    if (!(await resetPasswordWithToken(token, password))) {
      return { ok: false, code: 'BAD_REQUEST', formError: 'Auth.reset.invalidToken' };
    }
    return { ok: true, message: 'Auth.reset.done' };
  },
);
