'use server';

import { action } from '@/lib/actions/safe-action';
import { createTwoFactorChallenge, CHALLENGE_TTL_S, TWO_FACTOR_COOKIE } from '@/lib/auth/challenge';
import { TWO_FACTOR_ENROL_PATH } from '@/lib/auth/guards';
import { requestIp, setShortCookie, startSession } from '@/lib/auth/request-context';
import { safeRedirect } from '@/lib/auth/safe-redirect';
import { authenticateWithPassword } from '@/lib/auth/sign-in-flow';
import { signInSchema } from '@/lib/validation/auth';

import { redirect } from 'next/navigation';

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
      const formError =
        result.code === 'SUSPENDED' ? 'Auth.signIn.suspended' : 'Auth.signIn.invalid';
      return { ok: false, code: result.code, formError, values };
    }
    const callbackUrl = safeRedirect(input.callbackUrl, '/');
    if (result.twoFactor) {
      const challenge = await createTwoFactorChallenge(
        { uid: result.user.id, sv: result.user.sessionVersion },
        callbackUrl,
      );
      await setShortCookie(TWO_FACTOR_COOKIE, challenge, CHALLENGE_TTL_S);
      redirect('/sign-in/two-factor');
    }
    const destination =
      result.user.role === 'admin' ? `${TWO_FACTOR_ENROL_PATH}?required=1` : callbackUrl;
    return startSession(result.user.id, destination);
  },
);
