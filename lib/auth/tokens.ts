import { createHash, randomBytes } from 'node:crypto';

import type { TokenPurpose } from '@/db/schema';

/** Lifetimes per purpose (AUTH-3: reset ≤ 30 min, verification ≤ 24 h; DATA-2: export link 24 h). */
export const TOKEN_TTL_MS: Record<TokenPurpose, number> = {
  reset_password: 30 * 60 * 1000,
  verify_email: 24 * 60 * 60 * 1000,
  change_email: 24 * 60 * 60 * 1000,
  data_export: 24 * 60 * 60 * 1000,
};

/** 32 random bytes, base64url: the raw value only ever travels in the mailed link. */
export function newRawToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this digest is stored, so a database leak does not yield usable links. */
export function hashToken(raw: string): string {
  return createHash('sha256').update(raw, 'utf8').digest('hex');
}

/** Cheap shape check before touching the database. */
export function isWellFormedToken(raw: unknown): raw is string {
  return typeof raw === 'string' && /^[A-Za-z0-9_-]{43}$/.test(raw);
}
