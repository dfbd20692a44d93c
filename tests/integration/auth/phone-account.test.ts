import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));

import { db } from '@/db';
import { accounts, authTokens, smsCodes, smsOutbox, users } from '@/db/schema';
import { deleteAccountAction } from '@/lib/actions/account/delete-account';
import { confirmPhoneLinkAction } from '@/lib/actions/account/confirm-phone-link';
import { removePhoneAction } from '@/lib/actions/account/remove-phone';
import { requestAccountCodeAction } from '@/lib/actions/account/request-account-code';
import { requestPhoneLinkAction } from '@/lib/actions/account/request-phone-link';
import { securePhoneAccountAction } from '@/lib/actions/account/secure-phone-account';
import { createPhoneUser } from '@/lib/data/phone-users';
import { listSmsOutbox } from '@/lib/data/sms-outbox';
import { runAction } from '@/tests/support/actions';
import {
  createTestUser,
  SESSION_COOKIE,
  sessionToken,
  sessionVersionOf,
} from '@/tests/support/auth-users';
import { setCookie } from '@/tests/support/next-headers';
import { asClient, freshIp, freshPhone, lastSmsCode } from '@/tests/support/phone';

async function signedInAs(userId: string) {
  asClient(freshIp());
  setCookie(SESSION_COOKIE, await sessionToken(userId, await sessionVersionOf(userId)));
}

async function phoneOf(userId: string) {
  const [row] = await db.select({ phone: users.phone }).from(users).where(eq(users.id, userId));
  return row?.phone ?? null;
}

beforeEach(() => asClient(freshIp()));

describe('phone number in account security', () => {
  it('AUTH-8: adding a number needs the current password; wrong or missing is refused, nothing sent', async () => {
    const user = await createTestUser();
    await signedInAs(user.id);
    const phone = freshPhone();
    const missing = await runAction(requestPhoneLinkAction, { phone });
    expect(missing.state).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    const wrong = await runAction(requestPhoneLinkAction, {
      phone,
      currentPassword: 'not-it-at-all',
    });
    expect(wrong.state).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: ['Validation.currentPasswordWrong'] },
    });
    expect(await listSmsOutbox(5, phone)).toHaveLength(0);
    expect(await phoneOf(user.id)).toBeNull();
  });

  it('AUTH-8: add, then change: the code goes to the new number, the old number is told', async () => {
    const user = await createTestUser();
    await signedInAs(user.id);
    const first = freshPhone();
    await runAction(requestPhoneLinkAction, { phone: first, currentPassword: user.password });
    const added = await runAction(confirmPhoneLinkAction, {
      phone: first,
      code: (await lastSmsCode(first))!,
    });
    expect(added.redirect).toBe('/account/security?done=phoneSaved');
    expect(await phoneOf(user.id)).toBe(first);

    const second = freshPhone();
    await runAction(requestPhoneLinkAction, { phone: second, currentPassword: user.password });
    const code = (await lastSmsCode(second))!;
    // The code is bound to this user: another signed-in user cannot use it.
    const other = await createTestUser();
    await signedInAs(other.id);
    expect((await runAction(confirmPhoneLinkAction, { phone: second, code })).state).toMatchObject({
      ok: false,
      fieldErrors: { code: ['Phone.errors.codeInvalid'] },
    });
    await signedInAs(user.id);
    await runAction(confirmPhoneLinkAction, { phone: second, code });
    expect(await phoneOf(user.id)).toBe(second);
    expect((await listSmsOutbox(5, first)).map((m) => m.template)).toContain('numberChanged');
  });

  it('removing the number needs the password and another way to sign in', async () => {
    const user = await createTestUser();
    const phone = freshPhone();
    await db.update(users).set({ phone }).where(eq(users.id, user.id));
    await signedInAs(user.id);
    const removed = await runAction(removePhoneAction, { currentPassword: user.password });
    expect(removed.redirect).toBe('/account/security?done=phoneRemoved');
    expect(await phoneOf(user.id)).toBeNull();

    // A password but no email: the phone is the only way in and stays.
    const lone = await createTestUser();
    const lonePhone = freshPhone();
    await db.update(users).set({ phone: lonePhone, email: null }).where(eq(users.id, lone.id));
    await signedInAs(lone.id);
    const refused = await runAction(removePhoneAction, { currentPassword: lone.password });
    expect(refused.state).toMatchObject({ ok: false, formError: 'Phone.errors.lastMethod' });
    expect(await phoneOf(lone.id)).toBe(lonePhone);
    // A connected provider counts as another way in.
    await db.insert(accounts).values({
      userId: lone.id,
      type: 'oauth',
      provider: 'wechat',
      providerAccountId: `union-${lone.id}`,
    });
    await runAction(removePhoneAction, { currentPassword: lone.password });
    expect(await phoneOf(lone.id)).toBeNull();
  });

  it('AUTH-8: a phone-only account adds an email (confirmed by link) and a password after a code to its number', async () => {
    const phone = freshPhone();
    const userId = (await createPhoneUser({ phone, name: 'Phone Only', locale: 'en' }))!;
    await signedInAs(userId);
    const noCode = await runAction(securePhoneAccountAction, {
      code: '000000',
      email: 'phone-only@test.local',
      newPassword: 'a brand new passphrase',
      confirmPassword: 'a brand new passphrase',
    });
    expect(noCode.state).toMatchObject({
      ok: false,
      fieldErrors: { code: ['Phone.errors.codeInvalid'] },
    });

    expect((await runAction(requestAccountCodeAction, {})).state?.ok).toBe(true);
    const email = `phone-only-${Date.now()}@test.local`;
    const out = await runAction(securePhoneAccountAction, {
      code: (await lastSmsCode(phone))!,
      email,
      newPassword: 'a brand new passphrase',
      confirmPassword: 'a brand new passphrase',
    });
    expect(out.redirect).toBe('http://localhost:3000/account/security?done=phoneSecured');
    const [row] = await db.select().from(users).where(eq(users.id, userId));
    expect(row!.passwordHash).not.toBeNull();
    // The address is added only when the link mailed to it is used.
    expect(row!.email).toBeNull();
    const tokens = await db.select().from(authTokens).where(eq(authTokens.userId, userId));
    expect(tokens.map((t) => [t.purpose, t.newEmail])).toEqual([['change_email', email]]);
  });

  it('DATA-2: deleting the account frees the number and removes its codes and messages', async () => {
    const user = await createTestUser();
    await signedInAs(user.id);
    const phone = freshPhone();
    await runAction(requestPhoneLinkAction, { phone, currentPassword: user.password });
    await runAction(confirmPhoneLinkAction, { phone, code: (await lastSmsCode(phone))! });
    expect(await phoneOf(user.id)).toBe(phone);
    const out = await runAction(deleteAccountAction, {
      currentPassword: user.password,
      confirm: 'on',
    });
    expect(out.redirect).toBeDefined();
    expect(await phoneOf(user.id)).toBeNull();
    expect(await db.select().from(smsOutbox).where(eq(smsOutbox.toPhone, phone))).toHaveLength(0);
    expect(await db.select().from(smsCodes).where(eq(smsCodes.phone, phone))).toHaveLength(0);
  });
});
