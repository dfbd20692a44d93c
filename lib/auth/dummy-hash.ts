import { hashPassword } from '@/lib/auth/password';

let dummy: Promise<string> | undefined;

/**
 * A hash made with the current policy, verified when the email is unknown so that an unknown
 * address costs the same argon2 work as a wrong password (AUTH-2).
 */
export function dummyPasswordHash(): Promise<string> {
  dummy ??= hashPassword('zhishi-dummy-password-for-equal-timing');
  return dummy;
}
