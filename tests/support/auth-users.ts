import { eq } from 'drizzle-orm';
import { encode } from 'next-auth/jwt';

import { db } from '@/db';
import { users, type UserRole, type UserStatus } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { generateTotpSecret, sealTotpSecret } from '@/lib/auth/totp';
import { newId } from '@/lib/ids';

export const TEST_PASSWORD = 'correct horse battery staple';
export const SESSION_COOKIE = 'authjs.session-token';

export type TestUser = {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  password: string;
  totpSecret?: string;
};

/**
 * A user with a real argon2id password. Admins get two-factor sign-in by default, as the app requires
 * (an admin without it acts as a learner until enrolment).
 */
export async function createTestUser(
  opts: {
    role?: UserRole;
    password?: string;
    verified?: boolean;
    status?: UserStatus;
    totp?: boolean;
    passwordHash?: string;
    email?: string;
    name?: string;
  } = {},
): Promise<TestUser> {
  const id = newId();
  const role = opts.role ?? 'learner';
  const email = opts.email ?? `${role}-${id.slice(0, 10).toLowerCase()}@test.local`;
  const name = opts.name ?? `Test ${role} ${id.slice(0, 6)}`;
  const password = opts.password ?? TEST_PASSWORD;
  const wantsTotp = opts.totp ?? role === 'admin';
  const totpSecret = wantsTotp ? generateTotpSecret() : undefined;
  await db.insert(users).values({
    id,
    email,
    name,
    role,
    status: opts.status ?? 'active',
    passwordHash: opts.passwordHash ?? (await hashPassword(password)),
    emailVerified: opts.verified === false ? null : new Date(),
    totpSecret: totpSecret ? sealTotpSecret(totpSecret) : null,
    totpEnabledAt: totpSecret ? new Date() : null,
  });
  return { id, email, name, role, password, totpSecret };
}

export async function sessionVersionOf(userId: string): Promise<number> {
  const [row] = await db
    .select({ sv: users.sessionVersion })
    .from(users)
    .where(eq(users.id, userId));
  return row!.sv;
}

/** A session JWT exactly as Auth.js would issue it, or a forged one with another secret / past expiry. */
export async function sessionToken(
  userId: string,
  sv: number,
  opts: { secret?: string; maxAge?: number; salt?: string } = {},
): Promise<string> {
  return encode({
    token: { sub: userId, uid: userId, sv },
    secret: opts.secret ?? process.env.AUTH_SECRET!,
    salt: opts.salt ?? SESSION_COOKIE,
    maxAge: opts.maxAge ?? 3600,
  });
}
