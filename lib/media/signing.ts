import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed media URLs (UPLOAD-5): HMAC-SHA-256 over (purpose, user, lesson, expiry). Pure: the key is
 * passed in, so the signer unit-tests without env. The media route still re-checks the session and
 * the entitlement on every request; the signature only limits how long and by whom a URL is usable.
 */

/** A signed URL lives this long: a copied link stops working within minutes. */
export const MEDIA_URL_TTL_SEC = 10 * 60;

export type MediaClaims = { userId: string; lessonId: string; exp: number };

function mac(key: string, { userId, lessonId, exp }: MediaClaims): Buffer {
  // Unit separators keep fields from running into each other ("ab"+"c" ≠ "a"+"bc").
  return createHmac('sha256', key).update(`media\x1f${userId}\x1f${lessonId}\x1f${exp}`).digest();
}

export function signMedia(key: string, claims: MediaClaims): string {
  return mac(key, claims).toString('base64url');
}

export type SignatureCheck = 'ok' | 'expired' | 'invalid';

/** Constant-time check of `sig` for these claims at `nowSec`. */
export function verifyMedia(
  key: string,
  claims: MediaClaims,
  sig: string,
  nowSec: number = Math.floor(Date.now() / 1000),
): SignatureCheck {
  const expected = mac(key, claims);
  const given = Buffer.from(sig, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  return claims.exp < nowSec ? 'expired' : 'ok';
}

/** Query string for a lesson's media URL: `?u=<user>&e=<expiry>&s=<signature>`. */
export function signedMediaQuery(key: string, claims: MediaClaims): string {
  const s = signMedia(key, claims);
  return new URLSearchParams({ u: claims.userId, e: String(claims.exp), s }).toString();
}
