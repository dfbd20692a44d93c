'use server';

import { action } from '@/lib/actions/safe-action';
import { finishSignIn } from '@/lib/auth/finish-sign-in';
import { requestIp } from '@/lib/auth/request-context';
import { safeRedirect } from '@/lib/auth/safe-redirect';
import { authenticateWithPassword } from '@/lib/auth/sign-in-flow';
import { signInSchema } from '@/lib/validation/auth';

/**
 * Password step. Unknown email, wrong password and locked account all answer `Auth.signIn.invalid`
 * (AUTH-2); spent limits answer RATE_LIMITED with retryAfter (AUTH-5). With two-factor sign-in on,
 * an encrypted challenge cookie leads to the code step; admins without it go to enrolment first.
 */
export const signInAction = action(
  { schema: signInSchema, guard: 'public', name: 'auth.signIn' },
  async (input) => {
    const result = await authenticateWithPassword(input.email, input.password, await requestIp());
    const values = { email: input.email };
    if (!result.ok) {
      if (result.code === 'RATE_LIMITED')
        return {
          ok: false,
          code: 'RATE_LIMITED',
          formError: 'Errors.rateLimited',
          retryAfter: result.retryAfter,
          values,
        };
      const formError = {
        SUSPENDED: 'Auth.signIn.suspended',
        RESET_REQUIRED: 'AdminUserDetail.signInResetRequired',
        INVALID: 'Auth.signIn.invalid',
      }[result.code];
      return { ok: false, code: result.code, formError, values };
    }
    return finishSignIn(result.user, result.twoFactor, safeRedirect(input.callbackUrl, '/'));
  },
);
