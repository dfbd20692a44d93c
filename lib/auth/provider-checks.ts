import 'server-only';

import { CredentialsSignin, type Account, type Profile, type User } from 'next-auth';
import { z } from 'zod';

import { providerVerifiedEmail } from '@/lib/auth/oauth-email';
import { authenticateWithPassword } from '@/lib/auth/sign-in-flow';
import { canonicalProvider } from '@/lib/auth/wechat';
import { oauthLinkState } from '@/lib/data/oauth-users';

/** Refusal that Auth.js reports as `?error=CredentialsSignin&code=rate_limited`. */
export class RateLimitedSignIn extends CredentialsSignin {
  code = 'rate_limited';
}

const credentialsInput = z.object({
  email: z.string().min(1).max(254),
  password: z.string().min(1).max(1024),
});

/**
 * The direct HTTP path into the Credentials provider (`POST /api/auth/callback/credentials`): the same
 * checks as the sign-in form. Accounts with two-factor sign-in must use the form, which asks for a code.
 */
export async function authorizeCredentials(
  credentials: Partial<Record<string, unknown>> | undefined,
  ip: string,
) {
  const parsed = credentialsInput.safeParse(credentials ?? {});
  if (!parsed.success) return null;
  const result = await authenticateWithPassword(parsed.data.email, parsed.data.password, ip);
  if (!result.ok) {
    if (result.code === 'RATE_LIMITED') throw new RateLimitedSignIn();
    return null;
  }
  if (result.twoFactor) return null;
  const { user } = result;
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}

/**
 * Auth.js `signIn` callback. Credentials were fully checked in `authorize`. OAuth (AUTH-7): a linked
 * identity signs in its own active account unless that account uses two-factor sign-in (then the
 * password + code form is the only way in); an unlinked identity whose email already has an account
 * is refused; a new learner account is created only for an email the provider verified (WeChat,
 * which asserts none, creates an account without an email).
 */
export async function oauthSignInAllowed(
  account: Account | null | undefined,
  user: User | undefined,
  profile: Profile | undefined,
): Promise<boolean | string> {
  if (!account || account.type === 'credentials') return true;
  const provider = canonicalProvider(account.provider);
  const state = await oauthLinkState(provider, account.providerAccountId, user?.email);
  if (state.kind === 'linked') {
    if (!state.active) return false;
    if (state.totpEnabled) return '/sign-in?error=TwoFactorRequired';
    return true;
  }
  if (state.kind === 'email-taken') return '/sign-in?error=OAuthAccountNotLinked';
  // WeChat asserts no email at all: its account is its own, keyed by unionid, linked to nothing.
  if (provider === 'wechat') return true;
  if (!providerVerifiedEmail(account.provider, profile))
    return '/sign-in?error=OAuthEmailUnverified';
  return true;
}
