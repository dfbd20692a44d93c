import { encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';

import { decodeSessionToken, readSessionCookie, sessionCookieName } from './session-token';

const SECRET = 'unit-secret-unit-secret-unit-secret-0123';
const SALT = 'authjs.session-token';

const issue = (
  claims: Record<string, unknown>,
  opts: { secret?: string; salt?: string; maxAge?: number } = {},
) =>
  encode({
    token: claims,
    secret: opts.secret ?? SECRET,
    salt: opts.salt ?? SALT,
    maxAge: opts.maxAge ?? 3600,
  });

const jar = (cookies: Record<string, string>) => ({
  get: (name: string) => (name in cookies ? { value: cookies[name]! } : undefined),
  getAll: () => Object.entries(cookies).map(([name, value]) => ({ name, value })),
});

describe('session token', () => {
  it('decodes the claims Auth.js signed, and the same again from memory', async () => {
    const token = await issue({ sub: 'u1', uid: 'u1', sv: 3 });
    expect(await decodeSessionToken(token, { secret: SECRET, salt: SALT })).toEqual({
      uid: 'u1',
      sv: 3,
    });
    expect(await decodeSessionToken(token, { secret: SECRET, salt: SALT })).toEqual({
      uid: 'u1',
      sv: 3,
    });
  });

  it('refuses a token from another secret, another cookie name, or tampered with', async () => {
    const forged = await issue(
      { uid: 'u1', sv: 1 },
      { secret: 'another-secret-another-secret-012345' },
    );
    expect(await decodeSessionToken(forged, { secret: SECRET, salt: SALT })).toBeNull();
    const token = await issue({ uid: 'u2', sv: 1 });
    expect(
      await decodeSessionToken(token, { secret: SECRET, salt: '__Secure-authjs.session-token' }),
    ).toBeNull();
    const parts = token.split('.');
    parts[3] = `${parts[3]!.slice(0, -2)}${parts[3]!.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(await decodeSessionToken(parts.join('.'), { secret: SECRET, salt: SALT })).toBeNull();
  });

  it('refuses an expired token, also once it has been remembered', async () => {
    const expired = await issue({ uid: 'u3', sv: 1 }, { maxAge: -120 });
    expect(await decodeSessionToken(expired, { secret: SECRET, salt: SALT })).toBeNull();
    const token = await issue({ uid: 'u4', sv: 1 }, { maxAge: 60 });
    expect(await decodeSessionToken(token, { secret: SECRET, salt: SALT })).toEqual({
      uid: 'u4',
      sv: 1,
    });
    const later = Date.now() + 60_000 + 16_000;
    expect(await decodeSessionToken(token, { secret: SECRET, salt: SALT }, later)).toBeNull();
  });

  it('refuses a valid token without our claims', async () => {
    const token = await issue({ sub: 'u5', sv: 'one' });
    expect(await decodeSessionToken(token, { secret: SECRET, salt: SALT })).toBeNull();
  });

  it('reads the cookie whole or joined from the chunks Auth.js writes', () => {
    expect(readSessionCookie(jar({ [SALT]: 'abc' }), SALT)).toBe('abc');
    expect(
      readSessionCookie(jar({ [`${SALT}.1`]: 'def', [`${SALT}.0`]: 'abc', other: 'x' }), SALT),
    ).toBe('abcdef');
    expect(readSessionCookie(jar({ other: 'x' }), SALT)).toBeNull();
  });

  it('names the cookie as Auth.js does for http and https deployments', () => {
    expect(sessionCookieName('http://localhost:3000')).toBe('authjs.session-token');
    expect(sessionCookieName('https://zhishi.example')).toBe('__Secure-authjs.session-token');
  });
});
