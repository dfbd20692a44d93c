import { createHmac, randomInt } from 'node:crypto';

import type { SmsCodePurpose } from '@/db/schema';
import { env } from '@/lib/env';

/** AUTH-9: a code lives at most 5 minutes and dies after 5 wrong tries. */
export const SMS_CODE_TTL_MS = 5 * 60 * 1000;
export const SMS_CODE_MAX_ATTEMPTS = 5;

/** Six digits from the CSPRNG, leading zeros kept. */
export function newSmsCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

function codeKey(): Buffer {
  // A dedicated key when configured; else one derived from AUTH_SECRET under its own label, so the
  // session secret itself is never the HMAC key.
  if (env.SMS_CODE_KEY) return Buffer.from(env.SMS_CODE_KEY, 'utf8');
  return createHmac('sha256', env.AUTH_SECRET).update('zhishi.sms-code-key').digest();
}

/**
 * HMAC-SHA-256 over phone, purpose and code: without the server key a leaked row cannot be
 * brute-forced through the million possible codes, and a hash is bound to its number and purpose.
 */
export function hashSmsCode(phone: string, purpose: SmsCodePurpose, code: string): string {
  return createHmac('sha256', codeKey())
    .update(`${phone}\u0000${purpose}\u0000${code}`, 'utf8')
    .digest('hex');
}

export function isWellFormedSmsCode(code: unknown): code is string {
  return typeof code === 'string' && /^\d{6}$/.test(code);
}
