import { describe, expect, it } from 'vitest';

import { hashPassword, MAX_PASSWORD_BYTES, needsRehash, verifyPassword } from '@/lib/auth/password';

describe('password hashing', () => {
  it('AUTH-1: hashes with argon2id at or above the OWASP floor, with a salt of at least 16 bytes', async () => {
    const phc = await hashPassword('x');
    const match =
      /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(phc);
    expect(match).not.toBeNull();
    const [m, t, p] = match!.slice(1, 4).map(Number) as [number, number, number];
    expect(m).toBeGreaterThanOrEqual(19_456);
    expect(t).toBeGreaterThanOrEqual(2);
    expect(p).toBeGreaterThanOrEqual(1);
    expect(Buffer.from(match![4]!, 'base64').length).toBeGreaterThanOrEqual(16);
    expect(await verifyPassword(phc, 'x')).toBe(true);
    expect(await verifyPassword(phc, 'y')).toBe(false);
  });

  it('AUTH-1: flags weaker or foreign hashes for rehash, accepts long passphrases, caps input size', async () => {
    expect(needsRehash('$argon2id$v=19$m=4096,t=1,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA')).toBe(true);
    expect(needsRehash('$2b$12$abcdefghijklmnopqrstuv')).toBe(true);
    expect(needsRehash(await hashPassword('ok'))).toBe(false);
    const long = 'p'.repeat(128);
    expect(await verifyPassword(await hashPassword(long), long)).toBe(true);
    await expect(hashPassword('x'.repeat(MAX_PASSWORD_BYTES + 1))).rejects.toThrow();
  });
});
