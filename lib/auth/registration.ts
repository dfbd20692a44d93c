import 'server-only';

import { hashPassword } from '@/lib/auth/password';
import { createAuthToken, revokeUserTokens } from '@/lib/data/auth-tokens';
import { createPasswordUser, unsafeFindCredentialsByEmail } from '@/lib/data/auth-users';
import { appLink, sendMail } from '@/lib/mail/send';

/**
 * Sign-up (AUTH-2): the answer is the same whether the address is new or taken. A new address gets
 * a verification link; the owner of a taken address gets a "someone tried to sign up" notice.
 * The password is hashed in both cases so the two paths cost the same.
 */
export async function registerWithPassword(input: {
  name: string;
  email: string;
  password: string;
  locale: string;
}): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  const userId = await createPasswordUser({ ...input, passwordHash });
  if (!userId) {
    const existing = await unsafeFindCredentialsByEmail(input.email);
    if (existing && existing.status === 'active') {
      await sendMail({
        to: existing.email,
        template: 'signUpExisting',
        locale: existing.locale,
        params: { name: existing.name, url: appLink('/sign-in') },
      });
    }
    return;
  }
  await sendVerificationMail(userId, input.email, input.name, input.locale);
}

export async function sendVerificationMail(
  userId: string,
  email: string,
  name: string,
  locale: string,
): Promise<void> {
  await revokeUserTokens(userId, ['verify_email']);
  const token = await createAuthToken(userId, 'verify_email');
  await sendMail({
    to: email,
    template: 'verifyEmail',
    locale,
    params: { name, url: appLink('/verify-email', { token }) },
  });
}

/** Forgot password (AUTH-2, AUTH-3): a link only for an active account; the caller answers the same either way. */
export async function requestPasswordReset(email: string): Promise<void> {
  const user = await unsafeFindCredentialsByEmail(email);
  if (!user || user.status !== 'active') return;
  await revokeUserTokens(user.id, ['reset_password']);
  const token = await createAuthToken(user.id, 'reset_password');
  await sendMail({
    to: user.email,
    template: 'resetPassword',
    locale: user.locale,
    params: { name: user.name, url: appLink('/reset-password', { token }) },
  });
}
