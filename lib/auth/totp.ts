import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

import { Secret, TOTP } from 'otpauth';

import { env } from '@/lib/env';

/**
 * TOTP secrets are sealed at rest with AES-256-GCM under a key derived from AUTH_SECRET (HKDF-SHA-256,
 * its own `info` label), so a database dump alone does not yield working second factors.
 * Sealed format: `v1.<iv b64url>.<tag b64url>.<ciphertext b64url>`.
 */
const VERSION = 'v1';
const ISSUER = 'Zhishi';
export const TOTP_PERIOD = 30;
export const TOTP_DIGITS = 6;

function sealingKey(secret: string = env.AUTH_SECRET): Buffer {
  return Buffer.from(
    hkdfSync('sha256', secret, 'zhishi-totp-salt', 'zhishi totp secret sealing v1', 32),
  );
}

export function sealTotpSecret(base32Secret: string, authSecret?: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(authSecret), iv);
  const body = Buffer.concat([cipher.update(base32Secret, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [
    VERSION,
    iv.toString('base64url'),
    tag.toString('base64url'),
    body.toString('base64url'),
  ].join('.');
}

/** Throws when the value was tampered with or sealed under another key. */
export function openTotpSecret(sealed: string, authSecret?: string): string {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || !body)
    throw new Error('Unrecognised sealed TOTP secret');
  const decipher = createDecipheriv(
    'aes-256-gcm',
    sealingKey(authSecret),
    Buffer.from(iv, 'base64url'),
  );
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([
    decipher.update(Buffer.from(body, 'base64url')),
    decipher.final(),
  ]).toString('utf8');
}

/** A new random 160-bit secret (RFC 4226 recommends at least 128 bits), base32 for authenticator apps. */
export function generateTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpFor(base32Secret: string, label = ISSUER): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD,
    secret: Secret.fromBase32(base32Secret),
  });
}

/** The `otpauth://` URI encoded in the enrolment QR code. */
export function totpUri(base32Secret: string, accountLabel: string): string {
  return totpFor(base32Secret, accountLabel).toString();
}

export function generateTotpCode(base32Secret: string, timestamp = Date.now()): string {
  return totpFor(base32Secret).generate({ timestamp });
}

/**
 * Checks a 6-digit code with ±1 step of clock drift. Returns the matched time step (so the caller can
 * refuse replays of the same step) or null.
 */
export function verifyTotpCode(
  base32Secret: string,
  code: string,
  timestamp = Date.now(),
): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const totp = totpFor(base32Secret);
  const delta = totp.validate({ token, timestamp, window: 1 });
  if (delta === null) return null;
  return totp.counter({ timestamp }) + delta;
}
