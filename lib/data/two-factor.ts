import 'server-only';

import { createHash, randomBytes } from 'node:crypto';

import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';

import { db } from '@/db';
import { recoveryCodes, users } from '@/db/schema';

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** 10 random characters from a 31-letter alphabet (~50 bits), shown as `xxxxx-xxxxx`. */
function newRecoveryCode(): string {
  let out = '';
  for (const byte of randomBytes(20)) {
    if (byte < 248 && out.length < 10) out += ALPHABET[byte % ALPHABET.length];
  }
  return out.length === 10 ? `${out.slice(0, 5)}-${out.slice(5)}` : newRecoveryCode();
}

/** Recovery codes are random and long enough that a plain SHA-256 is a sound way to store them. */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256')
    .update(code.trim().toLowerCase().replace(/[\s-]/g, ''), 'utf8')
    .digest('hex');
}

/** Replaces all recovery codes of a user; returns the new plain codes to show exactly once. */
export async function replaceRecoveryCodes(userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db.transaction(async (tx) => {
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    await tx
      .insert(recoveryCodes)
      .values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })));
  });
  return codes;
}

/** Single use: one atomic UPDATE, so a code can be spent once even under concurrent attempts. */
export async function consumeRecoveryCode(userId: string, code: string): Promise<boolean> {
  const [result] = await db
    .update(recoveryCodes)
    .set({ usedAt: sql`NOW(3)` })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, hashRecoveryCode(code)),
        isNull(recoveryCodes.usedAt),
      ),
    );
  return result.affectedRows === 1;
}

export async function countUnusedRecoveryCodes(userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return Number(row?.n ?? 0);
}

/** Stores a sealed secret that is not active until the user proves a code from it. */
export async function stagePendingTotpSecret(userId: string, sealedSecret: string): Promise<void> {
  await db
    .update(users)
    .set({ totpSecret: sealedSecret, totpEnabledAt: null })
    .where(eq(users.id, userId));
}

/** Turns two-factor on for the staged secret. */
export async function activateTotp(userId: string): Promise<void> {
  await db
    .update(users)
    .set({ totpEnabledAt: new Date() })
    .where(and(eq(users.id, userId), isNotNull(users.totpSecret)));
}

export async function disableTotp(userId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ totpSecret: null, totpEnabledAt: null })
      .where(eq(users.id, userId));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  });
}

export async function unsafeGetSealedTotpSecret(
  userId: string,
): Promise<{ sealed: string | null; enabled: boolean }> {
  const [row] = await db
    .select({ sealed: users.totpSecret, enabledAt: users.totpEnabledAt })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return { sealed: row?.sealed ?? null, enabled: !!row?.enabledAt };
}
