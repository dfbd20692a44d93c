import 'server-only';

import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

import { env } from '@/lib/env';

/** Visitors' events carry this id instead of a user id (ABUSE-4); the value is `<uuid>.<mac>`. */
export const ANON_COOKIE = 'zs_anon';
export const ANON_MAX_AGE = 400 * 24 * 60 * 60;

function mac(id: string): string {
  // A purpose-bound key derived from the app secret: a session token can never pass as an anon id.
  return createHmac('sha256', env.AUTH_SECRET).update(`anon-id:${id}`).digest('base64url');
}

export function signAnonId(id: string): string {
  return `${id}.${mac(id)}`;
}

/** The id inside a valid cookie value, or null for a missing, forged or malformed one. */
export function verifyAnonId(value: string | undefined): string | null {
  if (!value) return null;
  const dot = value.indexOf('.');
  if (dot !== 36) return null;
  const id = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1));
  const want = Buffer.from(mac(id));
  return given.length === want.length && timingSafeEqual(given, want) ? id : null;
}

export function newAnonId(): string {
  return randomUUID();
}
