import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * Public, non-guessable row id (ACCESS-1, ABUSE-3): 22 base62 characters, about 131 bits of entropy.
 * Rejection sampling keeps every character uniform.
 */
export function newId(length = 22): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += ALPHABET[byte % 62];
    }
  }
  return out;
}

export const ID_PATTERN = /^[0-9A-Za-z]{22}$/;
