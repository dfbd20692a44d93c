'use server';

import { action } from '@/lib/actions/safe-action';
import {
  assertChallenge,
  readTwoFactorChallenge,
  TWO_FACTOR_COOKIE,
  verifySecondFactor,
} from '@/lib/auth/challenge';
import { clearCookie, readCookie, startSession } from '@/lib/auth/request-context';
import { twoFactorSignInSchema } from '@/lib/validation/auth';

/** Code step of sign-in: a TOTP code or a recovery code; 5 wrong codes per 15 min per user. */
export const verifyTwoFactorAction = action(
  { schema: twoFactorSignInSchema, guard: 'public', name: 'auth.verifyTwoFactor' },
  async ({ code }) => {
    const { user, callbackUrl } = assertChallenge(
      await readTwoFactorChallenge(await readCookie(TWO_FACTOR_COOKIE)),
    );
    if (!(await verifySecondFactor(user, code))) {
      return { ok: false, code: 'INVALID', fieldErrors: { code: ['Auth.twoFactor.invalid'] } };
    }
    await clearCookie(TWO_FACTOR_COOKIE);
    return startSession(user.id, callbackUrl);
  },
);
