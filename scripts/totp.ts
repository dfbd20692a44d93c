/**
 * Prints the current sign-in code for the demo admin (or for a base32 secret given as the first
 * argument), so the seeded admin can sign in without an authenticator app:
 *   npx tsx scripts/totp.ts
 */
import { Secret, TOTP } from 'otpauth';

import { DEMO_ADMIN_TOTP_SECRET } from './seed/accounts';

const secret = process.argv[2] ?? DEMO_ADMIN_TOTP_SECRET;
const totp = new TOTP({
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  secret: Secret.fromBase32(secret),
});
const remaining = 30 - (Math.floor(Date.now() / 1000) % 30);
console.log(totp.generate());
console.error(`(valid for about ${remaining} more seconds)`);
