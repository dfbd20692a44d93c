import 'server-only';

import { and, eq, isNull, sql } from 'drizzle-orm';

import { db } from '@/db';
import { users, type UserRole, type UserStatus } from '@/db/schema';
import { isDuplicateKeyError } from '@/lib/errors';
import { newId } from '@/lib/ids';

/**
 * Credential lookups for the sign-in flow only (lib/auth/sign-in-flow.ts). These rows carry the
 * password hash and sealed TOTP secret, so they never leave lib/auth and never reach a component.
 */
export type CredentialRecord = {
  id: string;
  email: string | null;
  name: string;
  role: UserRole;
  status: UserStatus;
  locale: string;
  passwordHash: string | null;
  sessionVersion: number;
  totpSecret: string | null;
  totpEnabled: boolean;
  lockoutLevel: number;
  lockedUntil: Date | null;
  resetRequired: boolean;
};

const credentialColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  status: users.status,
  locale: users.locale,
  passwordHash: users.passwordHash,
  sessionVersion: users.sessionVersion,
  totpSecret: users.totpSecret,
  totpEnabledAt: users.totpEnabledAt,
  lockoutLevel: users.lockoutLevel,
  lockedUntil: users.lockedUntil,
  passwordResetRequiredAt: users.passwordResetRequiredAt,
};

type CredentialRow = {
  [K in keyof typeof credentialColumns]: (typeof credentialColumns)[K]['_']['data'] | null;
};

function toRecord(row: CredentialRow): CredentialRecord {
  return {
    id: row.id!,
    email: row.email,
    name: row.name!,
    role: row.role!,
    status: row.status!,
    locale: row.locale!,
    passwordHash: row.passwordHash,
    sessionVersion: row.sessionVersion!,
    totpSecret: row.totpSecret,
    totpEnabled: row.totpEnabledAt !== null && row.totpSecret !== null,
    lockoutLevel: row.lockoutLevel ?? 0,
    lockedUntil: row.lockedUntil,
    resetRequired: row.passwordResetRequiredAt !== null,
  };
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function unsafeFindCredentialsByEmail(
  email: string,
): Promise<CredentialRecord | null> {
  // Unsafe by design: sign-in must look a user up before anyone is authenticated.
  const [row] = await db
    .select(credentialColumns)
    .from(users)
    .where(eq(users.email, normaliseEmail(email)))
    .limit(1);
  return row ? toRecord(row) : null;
}

export async function unsafeFindCredentialsById(id: string): Promise<CredentialRecord | null> {
  const [row] = await db.select(credentialColumns).from(users).where(eq(users.id, id)).limit(1);
  return row ? toRecord(row) : null;
}

/** After a good password: clear the failure streak, note the sign-in, and store a stronger hash if given. */
export async function recordSuccessfulSignIn(
  userId: string,
  rehashed: string | null,
): Promise<void> {
  await db
    .update(users)
    .set({
      failedLoginCount: 0,
      lockoutLevel: 0,
      lockedUntil: null,
      lastLoginAt: new Date(),
      ...(rehashed ? { passwordHash: rehashed } : {}),
    })
    .where(eq(users.id, userId));
}

export async function setFailedLoginCount(userId: string, count: number): Promise<void> {
  await db
    .update(users)
    .set({ failedLoginCount: Math.min(count, 32_000) })
    .where(eq(users.id, userId));
}

/** AUTH-6: temporary lock, 15 min doubling per repeat, capped at 24 h. Returns the lock end. */
export async function lockAccount(userId: string, level: number, now = new Date()): Promise<Date> {
  const minutes = Math.min(15 * 2 ** level, 24 * 60);
  const until = new Date(now.getTime() + minutes * 60_000);
  await db
    .update(users)
    .set({ lockedUntil: until, lockoutLevel: Math.min(level + 1, 10), failedLoginCount: 0 })
    .where(eq(users.id, userId));
  return until;
}

/** AUTH-4: every session issued before this call stops working on its next request. */
export async function bumpSessionVersion(userId: string): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}

export async function emailExists(email: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, normaliseEmail(email)))
    .limit(1);
  return !!row;
}

/** Returns null when the address is taken (the unique key decides, so concurrent sign-ups are safe). */
export async function createPasswordUser(input: {
  email: string;
  name: string;
  passwordHash: string;
  locale: string;
}): Promise<string | null> {
  const id = newId();
  try {
    await db.insert(users).values({
      id,
      email: normaliseEmail(input.email),
      name: input.name,
      passwordHash: input.passwordHash,
      locale: input.locale,
    });
    return id;
  } catch (err) {
    if (isDuplicateKeyError(err)) return null;
    throw err;
  }
}

export async function markEmailVerified(userId: string): Promise<void> {
  await db
    .update(users)
    .set({ emailVerified: new Date() })
    .where(and(eq(users.id, userId), isNull(users.emailVerified)));
}

/** Password reset and change: new hash, lock cleared, every session ended (AUTH-3, AUTH-4). */
export async function setPasswordHash(userId: string, passwordHash: string): Promise<void> {
  await db
    .update(users)
    .set({
      passwordHash,
      failedLoginCount: 0,
      lockoutLevel: 0,
      lockedUntil: null,
      passwordResetRequiredAt: null,
      sessionVersion: sql`${users.sessionVersion} + 1`,
    })
    .where(eq(users.id, userId));
}
