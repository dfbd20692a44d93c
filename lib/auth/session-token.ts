import { decode } from 'next-auth/jwt';

/**
 * Reads the Auth.js session cookie without a round trip through Auth.js' HTTP handler: the same
 * `decode` (A256CBC-HS512 with a key derived from AUTH_SECRET, salted with the cookie name), minus
 * building a Request, re-encrypting a token nobody receives and parsing a JSON response. Decoded
 * claims are remembered per token string, since a token string always decodes to the same claims;
 * the expiry is checked again on every use, and the session-version check in the DAL still runs
 * on every request (AUTH-4).
 */
export type SessionClaims = { uid: string; sv: number };

export const SESSION_COOKIE_NAMES = {
  http: 'authjs.session-token',
  https: '__Secure-authjs.session-token',
} as const;

/** The cookie Auth.js writes for this deployment (useSecureCookies follows APP_URL, WEB-4). */
export function sessionCookieName(appUrl: string): string {
  return appUrl.startsWith('https://') ? SESSION_COOKIE_NAMES.https : SESSION_COOKIE_NAMES.http;
}

type Jar = {
  get(name: string): { value: string } | undefined;
  getAll(): { name: string; value: string }[];
};

/** The token, joined when Auth.js split a large one over `name.0`, `name.1`, … */
export function readSessionCookie(jar: Jar, name: string): string | null {
  const whole = jar.get(name)?.value;
  if (whole) return whole;
  const chunks = jar
    .getAll()
    .filter((c) => c.name.startsWith(`${name}.`))
    .map((c) => ({ n: Number(c.name.slice(name.length + 1)), value: c.value }))
    .filter((c) => Number.isInteger(c.n))
    .sort((a, b) => a.n - b.n);
  return chunks.length > 0 ? chunks.map((c) => c.value).join('') : null;
}

/** Auth.js' own decode allows this much clock skew on `exp`. */
const CLOCK_TOLERANCE_MS = 15_000;
const MAX_REMEMBERED = 10_000;
const g = globalThis as unknown as {
  zhishiSessionClaims?: Map<string, { claims: SessionClaims; expMs: number }>;
};
const remembered = (g.zhishiSessionClaims ??= new Map<
  string,
  { claims: SessionClaims; expMs: number }
>());

/** Claims of a valid, unexpired token, or null (forged, tampered, expired, wrong secret or salt). */
export async function decodeSessionToken(
  token: string,
  opts: { secret: string; salt: string },
  now: number = Date.now(),
): Promise<SessionClaims | null> {
  const key = `${opts.salt}\u0000${token}`;
  const hit = remembered.get(key);
  if (hit) {
    if (now <= hit.expMs + CLOCK_TOLERANCE_MS) return hit.claims;
    remembered.delete(key);
    return null;
  }
  let payload: Awaited<ReturnType<typeof decode>>;
  try {
    payload = await decode({ token, secret: opts.secret, salt: opts.salt });
  } catch {
    return null;
  }
  const { uid, sv, exp } = (payload ?? {}) as { uid?: unknown; sv?: unknown; exp?: unknown };
  if (typeof uid !== 'string' || typeof sv !== 'number' || typeof exp !== 'number') return null;
  const claims = { uid, sv };
  remembered.set(key, { claims, expMs: exp * 1000 });
  if (remembered.size > MAX_REMEMBERED) remembered.delete(remembered.keys().next().value!);
  return claims;
}
