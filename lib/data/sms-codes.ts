import 'server-only';

import { and, eq, gt, isNull, lt, sql, type SQL } from 'drizzle-orm';

import { db } from '@/db';
import { smsCodes, type SmsCodePurpose } from '@/db/schema';
import {
  hashSmsCode,
  isWellFormedSmsCode,
  newSmsCode,
  SMS_CODE_MAX_ATTEMPTS,
  SMS_CODE_TTL_MS,
} from '@/lib/sms/code';

type Target = { phone: string; purpose: SmsCodePurpose; userId?: string | null };

function sameTarget(t: Target): SQL {
  return and(
    eq(smsCodes.phone, t.phone),
    eq(smsCodes.purpose, t.purpose),
    t.userId ? eq(smsCodes.userId, t.userId) : isNull(smsCodes.userId),
  )!;
}

function live(): SQL {
  return and(
    isNull(smsCodes.usedAt),
    gt(smsCodes.expiresAt, sql`NOW(3)`),
    lt(smsCodes.attempts, SMS_CODE_MAX_ATTEMPTS),
  )!;
}

/**
 * Issues a code and returns the raw digits for the SMS; only the HMAC is stored (AUTH-9). Any
 * earlier code for the same number and purpose is voided in the same transaction.
 */
export async function createSmsCode(target: Target): Promise<string> {
  const code = newSmsCode();
  await db.transaction(async (tx) => {
    await tx
      .update(smsCodes)
      .set({ usedAt: sql`NOW(3)` })
      .where(
        and(
          eq(smsCodes.phone, target.phone),
          eq(smsCodes.purpose, target.purpose),
          isNull(smsCodes.usedAt),
        ),
      );
    await tx.insert(smsCodes).values({
      phone: target.phone,
      purpose: target.purpose,
      userId: target.userId ?? null,
      codeHash: hashSmsCode(target.phone, target.purpose, code),
      expiresAt: new Date(Date.now() + SMS_CODE_TTL_MS),
    });
  });
  return code;
}

/**
 * AUTH-9: one atomic UPDATE marks the code used only while it is unused, unexpired and under its
 * attempt limit; exactly one of any number of concurrent callers sees affectedRows = 1. A miss
 * counts one attempt against the live code, so the sixth try fails even with the right digits.
 */
export async function consumeSmsCode(target: Target, code: unknown): Promise<boolean> {
  if (!isWellFormedSmsCode(code)) {
    await countWrongAttempt(target);
    return false;
  }
  const codeHash = hashSmsCode(target.phone, target.purpose, code);
  const [result] = await db
    .update(smsCodes)
    .set({ usedAt: sql`NOW(3)`, attempts: sql`${smsCodes.attempts} + 1` })
    .where(and(sameTarget(target), eq(smsCodes.codeHash, codeHash), live()));
  if (result.affectedRows === 1) return true;
  await countWrongAttempt(target);
  return false;
}

async function countWrongAttempt(target: Target): Promise<void> {
  await db
    .update(smsCodes)
    .set({ attempts: sql`${smsCodes.attempts} + 1` })
    .where(and(sameTarget(target), live()));
}
