import { describe, expect, it } from 'vitest';

import { unsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token';

const SECRET = 'x'.repeat(40);

describe('unsubscribe tokens', () => {
  it('verifies its own token and refuses a tampered one, another user or another secret', () => {
    const token = unsubscribeToken(SECRET, 'user-a');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(verifyUnsubscribeToken(SECRET, 'user-a', token)).toBe(true);
    const flipped = (token[0] === 'A' ? 'B' : 'A') + token.slice(1);
    expect(verifyUnsubscribeToken(SECRET, 'user-a', flipped)).toBe(false);
    expect(verifyUnsubscribeToken(SECRET, 'user-b', token)).toBe(false);
    expect(verifyUnsubscribeToken('y'.repeat(40), 'user-a', token)).toBe(false);
    expect(verifyUnsubscribeToken(SECRET, 'user-a', token.slice(1))).toBe(false);
  });
});
