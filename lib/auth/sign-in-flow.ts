import 'server-only';

import { dummyPasswordHash } from '@/lib/auth/dummy-hash';
import { hashPassword, needsRehash, verifyPassword } from '@/lib/auth/password';
import {
  lockAccount,
  recordSuccessfulSignIn,
  setFailedLoginCount,
  unsafeFindCredentialsByEmail,
  type CredentialRecord,
} from '@/lib/data/auth-users';
import { isAppError } from '@/lib/errors';
import { logger } from '@/lib/logger';
import { appLink, sendMail } from '@/lib/mail/send';
import {
  consumeLimit,
  LIMITS,
  peekLimit,
  recordFailure,
  refundLimit,
  resetLimit,
} from '@/lib/rate-limit';

export type SignInUser = Pick<
  CredentialRecord,
  'id' | 'email' | 'name' | 'role' | 'sessionVersion' | 'totpEnabled'
>;

export type PasswordResult =
  | { ok: true; user: SignInUser; twoFactor: boolean }
  | { ok: false; code: 'INVALID' | 'SUSPENDED' | 'RESET_REQUIRED' }
  | { ok: false; code: 'RATE_LIMITED'; retryAfter: number };

/** Failures per account within 15 minutes that trigger a temporary lock (AUTH-6). */
export const LOCKOUT_THRESHOLD = 10;

const INVALID = { ok: false, code: 'INVALID' } as const;

function toUser(r: CredentialRecord): SignInUser {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    sessionVersion: r.sessionVersion,
    totpEnabled: r.totpEnabled,
  };
}

/** HTTP callers are refused before any work when a limit is already spent (429 + Retry-After). */
export async function signInBlockedFor(email: string, ip: string): Promise<number | null> {
  const key = [email.trim().toLowerCase(), ip];
  return (await peekLimit('signInAccountIp', key)) ?? (await peekLimit('signInIp', ip));
}

async function countAccountFailure(user: CredentialRecord): Promise<void> {
  // A separate window per account, regardless of source IP (AUTH-6).
  const failures = await recordFailure('signInAccount', user.id);
  await setFailedLoginCount(user.id, failures);
  if (failures < LOCKOUT_THRESHOLD) return;
  const until = await lockAccount(user.id, user.lockoutLevel);
  await resetLimit('signInAccount', user.id);
  const minutes = Math.round((until.getTime() - Date.now()) / 60_000);
  await sendMail({
    to: user.email,
    template: 'accountLocked',
    locale: user.locale,
    params: { name: user.name, minutes, url: appLink('/forgot-password') },
  });
}

/**
 * First sign-in step (AUTH-1, 2, 5, 6). Every outcome a stranger can see is one of two answers:
 * INVALID (unknown email, wrong password, locked account) or RATE_LIMITED (the same for any email).
 * Attempts are counted before the password is checked, so parallel guesses cannot overshoot the limit;
 * a correct password refunds its attempt.
 */
export async function authenticateWithPassword(
  email: string,
  password: string,
  ip: string,
): Promise<PasswordResult> {
  const normalised = email.trim().toLowerCase();
  try {
    await consumeLimit('signInIp', ip);
    await consumeLimit('signInAccountIp', [normalised, ip]);
  } catch (err) {
    if (isAppError(err) && err.code === 'RATE_LIMITED')
      return {
        ok: false,
        code: 'RATE_LIMITED',
        retryAfter: err.retryAfter ?? LIMITS.signInAccountIp.duration,
      };
    throw err;
  }

  const record = await unsafeFindCredentialsByEmail(normalised);
  if (!record?.passwordHash) {
    await verifyPassword(await dummyPasswordHash(), password);
    return INVALID;
  }
  const passwordOk = await verifyPassword(record.passwordHash, password);
  const locked = record.lockedUntil !== null && record.lockedUntil.getTime() > Date.now();
  if (locked) return INVALID;
  if (!passwordOk) {
    await countAccountFailure(record);
    logger.info({ event: 'sign_in_failed', userId: record.id }, 'sign-in failed');
    return INVALID;
  }
  if (record.status !== 'active') {
    // Only someone who knows the password learns that the account is suspended.
    return record.status === 'suspended' ? { ok: false, code: 'SUSPENDED' } : INVALID;
  }
  // An admin forced a reset: the old password, even correct, no longer signs in.
  if (record.resetRequired) return { ok: false, code: 'RESET_REQUIRED' };

  await resetLimit('signInAccountIp', [normalised, ip]);
  await resetLimit('signInAccount', record.id);
  await refundLimit('signInIp', ip);
  const rehashed = needsRehash(record.passwordHash) ? await hashPassword(password) : null;
  await recordSuccessfulSignIn(record.id, rehashed);
  return { ok: true, user: toUser(record), twoFactor: record.totpEnabled };
}
