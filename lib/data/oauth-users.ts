import 'server-only';

import { and, eq } from 'drizzle-orm';

import { db } from '@/db';
import { accounts, users } from '@/db/schema';
import { newId } from '@/lib/ids';

/**
 * Users made by an OAuth sign-in: our id format, a name even when the provider gives none. The
 * signIn callback lets this run only for a provider-verified email (AUTH-7), so it counts as ours.
 */
export async function createOAuthUser(data: {
  /** Null for providers that assert no email (WeChat). */
  email?: string | null;
  name?: string | null;
  image?: string | null;
}) {
  const id = newId();
  const email = data.email?.trim().toLowerCase() || null;
  const name = (data.name?.trim() || email?.split('@')[0] || 'Learner').slice(0, 80);
  await db.insert(users).values({
    id,
    email,
    name,
    image: data.image?.slice(0, 512) ?? null,
    passwordHash: null,
    // Only a provider-verified email gets this far (AUTH-7); WeChat asserts none.
    emailVerified: email ? new Date() : null,
  });
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row!;
}

export type OAuthLinkState =
  | { kind: 'linked'; userId: string; active: boolean; totpEnabled: boolean }
  | { kind: 'email-taken' }
  | { kind: 'new' };

/**
 * AUTH-7: an OAuth identity signs in only the account it was linked to. An unlinked identity whose
 * email belongs to an existing account is refused (no automatic linking, whatever the provider
 * says about the email), so nobody can pre-register or hijack an account through a provider.
 */
export async function oauthLinkState(
  provider: string,
  providerAccountId: string,
  email: string | null | undefined,
): Promise<OAuthLinkState> {
  const [linked] = await db
    .select({ userId: users.id, status: users.status, totpEnabledAt: users.totpEnabledAt })
    .from(accounts)
    .innerJoin(users, eq(users.id, accounts.userId))
    .where(and(eq(accounts.provider, provider), eq(accounts.providerAccountId, providerAccountId)))
    .limit(1);
  if (linked)
    return {
      kind: 'linked',
      userId: linked.userId,
      active: linked.status === 'active',
      totpEnabled: linked.totpEnabledAt !== null,
    };
  if (email) {
    const [existing] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, email.trim().toLowerCase()))
      .limit(1);
    if (existing) return { kind: 'email-taken' };
  }
  return { kind: 'new' };
}
