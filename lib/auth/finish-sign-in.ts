import 'server-only';

import { redirect } from 'next/navigation';

import { createTwoFactorChallenge, CHALLENGE_TTL_S, TWO_FACTOR_COOKIE } from '@/lib/auth/challenge';
import { TWO_FACTOR_ENROL_PATH } from '@/lib/auth/guards';
import { setShortCookie, startSession } from '@/lib/auth/request-context';
import type { SignInUser } from '@/lib/auth/sign-in-flow';

/**
 * The last step of every first-factor sign-in (password or SMS code): with two-factor sign-in on,
 * an encrypted challenge cookie leads to the code step; admins without it go to enrolment first;
 * everyone else gets a fresh session (AUTH-4). Throws Next's redirect.
 */
export async function finishSignIn(
  user: SignInUser,
  twoFactor: boolean,
  callbackUrl: string,
): Promise<never> {
  if (twoFactor) {
    const challenge = await createTwoFactorChallenge(
      { uid: user.id, sv: user.sessionVersion },
      callbackUrl,
    );
    await setShortCookie(TWO_FACTOR_COOKIE, challenge, CHALLENGE_TTL_S);
    redirect('/sign-in/two-factor');
  }
  const destination = user.role === 'admin' ? `${TWO_FACTOR_ENROL_PATH}?required=1` : callbackUrl;
  return startSession(user.id, destination);
}
