import 'server-only';

import { hashPassword } from '@/lib/auth/password';
import { consumeAuthToken, revokeUserTokens } from '@/lib/data/auth-tokens';
import {
  markEmailVerified,
  setPasswordHash,
  unsafeFindCredentialsById,
} from '@/lib/data/auth-users';
import { appLink, sendMail } from '@/lib/mail/send';
import { resetLimit } from '@/lib/rate-limit';

/**
 * AUTH-3: consume the reset token atomically, set the new hash, end every session (session version
 * bump), void the user's other outstanding tokens, clear the lockout, and mail the owner. No sign-in
 * follows: the user signs in with the new password. Returns false for any unusable token.
 */
export async function resetPasswordWithToken(
  rawToken: string,
  newPassword: string,
): Promise<boolean> {
  const passwordHash = await hashPassword(newPassword);
  const consumed = await consumeAuthToken(rawToken, 'reset_password');
  if (!consumed) return false;
  const user = await unsafeFindCredentialsById(consumed.userId);
  if (!user || user.status === 'deleted') return false;
  await setPasswordHash(user.id, passwordHash);
  await revokeUserTokens(user.id, ['reset_password', 'verify_email', 'change_email']);
  // Receiving the link proved control of the address.
  await markEmailVerified(user.id);
  await resetLimit('signInAccount', user.id);
  await sendMail({
    to: user.email,
    template: 'passwordChanged',
    locale: user.locale,
    params: { name: user.name, url: appLink('/forgot-password') },
  });
  return true;
}
