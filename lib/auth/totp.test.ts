import { describe, expect, it } from 'vitest';

import {
  generateTotpCode,
  generateTotpSecret,
  openTotpSecret,
  sealTotpSecret,
  totpUri,
  verifyTotpCode,
} from '@/lib/auth/totp';

describe('TOTP sealing and codes', () => {
  it('seals and opens a secret; the sealed form does not contain it', () => {
    const secret = generateTotpSecret();
    const sealed = sealTotpSecret(secret);
    expect(sealed).not.toContain(secret);
    expect(sealed.startsWith('v1.')).toBe(true);
    expect(openTotpSecret(sealed)).toBe(secret);
    expect(sealTotpSecret(secret)).not.toBe(sealed);
  });

  it('refuses a tampered value or one sealed under another key', () => {
    const sealed = sealTotpSecret(generateTotpSecret());
    const parts = sealed.split('.');
    const flipped = parts[3]!.startsWith('A') ? 'B' + parts[3]!.slice(1) : 'A' + parts[3]!.slice(1);
    expect(() => openTotpSecret([parts[0], parts[1], parts[2], flipped].join('.'))).toThrow();
    expect(() => openTotpSecret(sealed, 'another-secret-another-secret-0123456789')).toThrow();
  });

  it('accepts the current code and one step of drift, rejects others', () => {
    const secret = generateTotpSecret();
    const now = Date.UTC(2026, 0, 1, 12, 0, 10);
    expect(verifyTotpCode(secret, generateTotpCode(secret, now), now)).toBe(
      Math.floor(now / 30_000),
    );
    expect(verifyTotpCode(secret, generateTotpCode(secret, now - 30_000), now)).toBe(
      Math.floor(now / 30_000) - 1,
    );
    expect(verifyTotpCode(secret, generateTotpCode(secret, now - 120_000), now)).toBeNull();
    expect(verifyTotpCode(secret, 'abcdef', now)).toBeNull();
    expect(totpUri(secret, 'a@example.com')).toMatch(
      /^otpauth:\/\/totp\/Zhishi:a%40example\.com\?/,
    );
  });
});
