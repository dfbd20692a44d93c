import 'server-only';

import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';

import { db, type Tx } from '@/db';
import { authTokens, type TokenPurpose } from '@/db/schema';
import { hashToken, isWellFormedToken, newRawToken, TOKEN_TTL_MS } from '@/lib/auth/tokens';

/** Creates a single-use token and returns the raw value for the mail link; only its SHA-256 is stored (AUTH-3). */
export async function createAuthToken(
  userId: string,
  purpose: TokenPurpose,
  extra: { newEmail?: string } = {},
  executor: Tx | typeof db = db,
): Promise<string> {
  const raw = newRawToken();
  await executor.insert(authTokens).values({
    userId,
    purpose,
    tokenHash: hashToken(raw),
    newEmail: extra.newEmail ?? null,
    expiresAt: new Date(Date.now() + TOKEN_TTL_MS[purpose]),
  });
  return raw;
}

export type ConsumedToken = { userId: string; newEmail: string | null };

/**
 * AUTH-3: one atomic UPDATE marks the token used only if it is unused, unexpired and of this purpose;
 * exactly one of any number of concurrent callers sees affectedRows = 1.
 */
export async function consumeAuthToken(
  raw: unknown,
  purpose: TokenPurpose,
): Promise<ConsumedToken | null> {
  if (!isWellFormedToken(raw)) return null;
  const tokenHash = hashToken(raw);
  const [result] = await db
    .update(authTokens)
    .set({ usedAt: sql`NOW(3)` })
    .where(
      and(
        eq(authTokens.tokenHash, tokenHash),
        eq(authTokens.purpose, purpose),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, sql`NOW(3)`),
      ),
    );
  if (result.affectedRows !== 1) return null;
  const [row] = await db
    .select({ userId: authTokens.userId, newEmail: authTokens.newEmail })
    .from(authTokens)
    .where(eq(authTokens.tokenHash, tokenHash))
    .limit(1);
  return row ?? null;
}

/** Looks a token up without consuming it (the export link may be downloaded more than once in 24 h). */
export async function findLiveToken(
  raw: unknown,
  purpose: TokenPurpose,
  userId: string,
): Promise<boolean> {
  if (!isWellFormedToken(raw)) return false;
  const [row] = await db
    .select({ id: authTokens.id })
    .from(authTokens)
    .where(
      and(
        eq(authTokens.tokenHash, hashToken(raw)),
        eq(authTokens.purpose, purpose),
        eq(authTokens.userId, userId),
        gt(authTokens.expiresAt, sql`NOW(3)`),
      ),
    )
    .limit(1);
  return !!row;
}

/** Voids every outstanding token of these purposes (a reset voids the others, AUTH-3). */
export async function revokeUserTokens(
  userId: string,
  purposes: readonly TokenPurpose[],
  executor: Tx | typeof db = db,
): Promise<void> {
  await executor
    .update(authTokens)
    .set({ usedAt: sql`NOW(3)` })
    .where(
      and(
        eq(authTokens.userId, userId),
        inArray(authTokens.purpose, [...purposes]),
        isNull(authTokens.usedAt),
      ),
    );
}
