import 'server-only';

import { decode, encode } from 'next-auth/jwt';

import { openTotpSecret, verifyTotpCode } from '@/lib/auth/totp';
import { unsafeFindCredentialsById, type CredentialRecord } from '@/lib/data/auth-users';
import { consumeRecoveryCode } from '@/lib/data/two-factor';
import { env } from '@/lib/env';
import { AppError, isAppError } from '@/lib/errors';
import { consumeLimit, resetLimit } from '@/lib/rate-limit';

/**
 * Short-lived encrypted tokens (Auth.js JWE, each with its own salt so one kind can never be replayed
 * as another or as a session):
 * - the two-factor challenge, kept in an HttpOnly cookie between the password and the code step;
 * - the sign-in ticket, minted by our server code after every check passed and handed in-process to
 *   the Credentials provider, which accepts nothing else from browsers.
 */
export const TWO_FACTOR_COOKIE = 'zhishi.2fa';
const CHALLENGE_SALT = 'zhishi.two-factor-challenge';
const TICKET_SALT = 'zhishi.sign-in-ticket';
export const CHALLENGE_TTL_S = 10 * 60;
const TICKET_TTL_S = 60;

type Claims = { uid: string; sv: number };

async function seal(
  claims: Claims & Record<string, unknown>,
  salt: string,
  maxAge: number,
): Promise<string> {
  return encode({ token: claims, secret: env.AUTH_SECRET, salt, maxAge });
}

async function open(
  value: unknown,
  salt: string,
): Promise<(Claims & Record<string, unknown>) | null> {
  if (typeof value !== 'string' || value.length > 4096) return null;
  try {
    const claims = await decode({ token: value, secret: env.AUTH_SECRET, salt });
    if (!claims || typeof claims.uid !== 'string' || typeof claims.sv !== 'number') return null;
    return claims as Claims & Record<string, unknown>;
  } catch {
    return null;
  }
}

/** The user still exists, is active, and nothing (password change, suspension) happened since. */
async function liveUser(claims: Claims | null): Promise<CredentialRecord | null> {
  if (!claims) return null;
  const user = await unsafeFindCredentialsById(claims.uid);
  if (!user || user.status !== 'active' || user.sessionVersion !== claims.sv) return null;
  return user;
}

export function createTwoFactorChallenge(user: Claims, callbackUrl: string): Promise<string> {
  return seal({ uid: user.uid, sv: user.sv, cb: callbackUrl }, CHALLENGE_SALT, CHALLENGE_TTL_S);
}

export async function readTwoFactorChallenge(
  value: unknown,
): Promise<{ user: CredentialRecord; callbackUrl: string } | null> {
  const claims = await open(value, CHALLENGE_SALT);
  const user = await liveUser(claims);
  if (!user || !user.totpEnabled) return null;
  return { user, callbackUrl: typeof claims?.cb === 'string' ? claims.cb : '/' };
}

/**
 * Second step: a 6-digit TOTP code (each time step usable once) or a single-use recovery code.
 * Five wrong codes per 15 minutes per user, then RATE_LIMITED.
 */
export async function verifySecondFactor(user: CredentialRecord, code: string): Promise<boolean> {
  await consumeLimit('twoFactor', user.id);
  const compact = code.replace(/\s+/g, '');
  let ok = false;
  if (/^\d{6}$/.test(compact) && user.totpSecret) {
    const step = verifyTotpCode(openTotpSecret(user.totpSecret), compact);
    if (step !== null) ok = await firstUseOfStep(user.id, step);
  } else if (/^[a-z0-9-]{10,11}$/i.test(compact)) {
    ok = await consumeRecoveryCode(user.id, compact);
  }
  if (ok) await resetLimit('twoFactor', user.id);
  return ok;
}

async function firstUseOfStep(userId: string, step: number): Promise<boolean> {
  try {
    await consumeLimit('totpStep', [userId, String(step)]);
    return true;
  } catch (err) {
    if (isAppError(err) && err.code === 'RATE_LIMITED') return false;
    throw err;
  }
}

export function issueSignInTicket(user: Claims): Promise<string> {
  return seal({ uid: user.uid, sv: user.sv, purpose: 'sign-in' }, TICKET_SALT, TICKET_TTL_S);
}

export async function redeemSignInTicket(value: unknown): Promise<CredentialRecord | null> {
  const claims = await open(value, TICKET_SALT);
  if (claims?.purpose !== 'sign-in') return null;
  return liveUser(claims);
}

export function assertChallenge<T>(value: T | null): T {
  if (!value) throw new AppError('UNAUTHENTICATED', 'Auth.twoFactor.expired');
  return value;
}
