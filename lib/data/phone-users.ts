import 'server-only';

import { and, eq } from 'drizzle-orm';

import { db } from '@/db';
import { accounts, users, type UserStatus } from '@/db/schema';
import { isDuplicateKeyError } from '@/lib/errors';
import { newId } from '@/lib/ids';

export type PhoneOwner = { id: string; status: UserStatus; locale: string };

/** Unsafe by design: sign-in and sign-up must look a number up before anyone is authenticated. */
export async function unsafeFindUserByPhone(e164: string): Promise<PhoneOwner | null> {
  const [row] = await db
    .select({ id: users.id, status: users.status, locale: users.locale })
    .from(users)
    .where(eq(users.phone, e164))
    .limit(1);
  return row ?? null;
}

/** A phone-only account: no email, no password. Null when the number is taken (the unique key decides). */
export async function createPhoneUser(input: {
  phone: string;
  name: string;
  locale: string;
}): Promise<string | null> {
  const id = newId();
  try {
    await db.insert(users).values({
      id,
      email: null,
      phone: input.phone,
      name: input.name,
      passwordHash: null,
      locale: input.locale,
      lastLoginAt: new Date(),
    });
    return id;
  } catch (err) {
    if (isDuplicateKeyError(err)) return null;
    throw err;
  }
}

export async function recordPhoneSignIn(userId: string): Promise<void> {
  await db.update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, userId));
}

export type PhoneAccount = {
  phone: string | null;
  email: string | null;
  hasPassword: boolean;
  wechatLinked: boolean;
};

/** What the viewer's account has, for the phone section of account security. */
export async function getPhoneAccount(userId: string): Promise<PhoneAccount | null> {
  const [row] = await db
    .select({ phone: users.phone, email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!row) return null;
  const [wechat] = await db
    .select({ provider: accounts.provider })
    .from(accounts)
    .where(and(eq(accounts.userId, userId), eq(accounts.provider, 'wechat')))
    .limit(1);
  return {
    phone: row.phone,
    email: row.email,
    hasPassword: row.passwordHash !== null,
    wechatLinked: !!wechat,
  };
}

/** Sets or clears the verified number; false when another account holds it (the unique key decides). */
export async function setUserPhone(userId: string, phone: string | null): Promise<boolean> {
  try {
    await db.update(users).set({ phone }).where(eq(users.id, userId));
    return true;
  } catch (err) {
    if (isDuplicateKeyError(err)) return false;
    throw err;
  }
}

/** Whether the account can still sign in without its phone: email + password, or an OAuth identity. */
export async function hasOtherSignInMethod(userId: string): Promise<boolean> {
  const [row] = await db
    .select({ email: users.email, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (row?.email && row.passwordHash) return true;
  const [linked] = await db
    .select({ provider: accounts.provider })
    .from(accounts)
    .where(eq(accounts.userId, userId))
    .limit(1);
  return !!linked;
}
