import { createHmac, timingSafeEqual } from 'node:crypto';

const PURPOSE = 'checkout-recovery-unsubscribe:v1:';

/** An unguessable, unforgeable token naming one user: HMAC-SHA256 of their id under the app secret. */
export function unsubscribeToken(secret: string, userId: string): string {
  return createHmac('sha256', secret)
    .update(PURPOSE + userId)
    .digest('base64url');
}

export function verifyUnsubscribeToken(secret: string, userId: string, token: string): boolean {
  const expected = Buffer.from(unsubscribeToken(secret, userId));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
