import { hash, verify } from '@node-rs/argon2';

/** OWASP Password Storage floor for argon2id (AUTH-1): m = 19 MiB, t = 2, p = 1. */
export const ARGON2_POLICY = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Inputs longer than this are refused before hashing (hash-DoS). */
export const MAX_PASSWORD_BYTES = 1024;

export async function hashPassword(password: string): Promise<string> {
  if (Buffer.byteLength(password) > MAX_PASSWORD_BYTES) throw new RangeError('password too long');
  return hash(password, {
    algorithm: 2 /* Argon2id; the enum is an ambient const enum */,
    ...ARGON2_POLICY,
  });
}

export async function verifyPassword(phc: string, password: string): Promise<boolean> {
  if (Buffer.byteLength(password) > MAX_PASSWORD_BYTES) return false;
  try {
    return await verify(phc, password);
  } catch {
    return false;
  }
}

/** True when a stored hash was made with weaker parameters than the policy, so sign-in rehashes it. */
export function needsRehash(phc: string): boolean {
  const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(phc);
  if (!match) return true;
  const [m, t, p] = match.slice(1).map(Number) as [number, number, number];
  return (
    m < ARGON2_POLICY.memoryCost || t < ARGON2_POLICY.timeCost || p < ARGON2_POLICY.parallelism
  );
}
