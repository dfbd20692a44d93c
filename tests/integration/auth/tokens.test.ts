import { createHash } from 'node:crypto';

import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));

import { db } from '@/db';
import { authTokens, users } from '@/db/schema';
import { forgotPasswordAction } from '@/lib/actions/auth/forgot-password';
import { resetPasswordAction } from '@/lib/actions/auth/reset-password';
import { signUpAction } from '@/lib/actions/auth/sign-up';
import { verifyEmailAction } from '@/lib/actions/auth/verify-email';
import { getViewer } from '@/lib/auth/guards';
import { consumeAuthToken, createAuthToken } from '@/lib/data/auth-tokens';
import { listOutbox } from '@/lib/data/mail-outbox';
import { runAction } from '@/tests/support/actions';
import {
  createTestUser,
  SESSION_COOKIE,
  sessionToken,
  sessionVersionOf,
} from '@/tests/support/auth-users';
import { resetRequest, setClientIp, setCookie } from '@/tests/support/next-headers';

let n = 0;
const ip = () => `198.51.100.${++n}`;

function tokenFromMail(text: string): string {
  const match = /token=([A-Za-z0-9_-]{43})/.exec(text);
  if (!match) throw new Error('no token in mail');
  return match[1]!;
}

beforeEach(() => {
  resetRequest();
  setClientIp(ip());
});

describe('reset and verification tokens', () => {
  it('AUTH-3: the database stores only the SHA-256 of the token', async () => {
    const user = await createTestUser();
    const raw = await createAuthToken(user.id, 'reset_password');
    const [row] = await db.select().from(authTokens).where(eq(authTokens.userId, user.id));
    expect(raw).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(row!.tokenHash.includes(raw)).toBe(false);
    expect(row!.tokenHash).toBe(createHash('sha256').update(raw).digest('hex'));
    expect(row!.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(30 * 60_000);
  });

  it('AUTH-3: a token works once', async () => {
    const user = await createTestUser();
    const raw = await createAuthToken(user.id, 'reset_password');
    expect(await consumeAuthToken(raw, 'reset_password')).toMatchObject({ userId: user.id });
    expect(await consumeAuthToken(raw, 'reset_password')).toBeNull();
  });

  it('AUTH-3: an expired token is refused', async () => {
    const user = await createTestUser();
    const raw = await createAuthToken(user.id, 'reset_password');
    await db
      .update(authTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(authTokens.userId, user.id));
    expect(await consumeAuthToken(raw, 'reset_password')).toBeNull();
  });

  it('AUTH-3: of concurrent consumers exactly one succeeds', async () => {
    const user = await createTestUser();
    const raw = await createAuthToken(user.id, 'reset_password');
    const results = await Promise.all(
      Array.from({ length: 8 }, () => consumeAuthToken(raw, 'reset_password')),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('AUTH-3: a verification token cannot reset a password', async () => {
    const user = await createTestUser();
    const raw = await createAuthToken(user.id, 'verify_email');
    const out = await runAction(resetPasswordAction, {
      token: raw,
      password: 'brand new passphrase',
      confirmPassword: 'brand new passphrase',
    });
    expect(out.state).toMatchObject({ ok: false, formError: 'Auth.reset.invalidToken' });
  });

  it('AUTH-3: after a reset the old session is refused, other tokens are void, no sign-in happens, the owner is told', async () => {
    const user = await createTestUser();
    const oldCookie = await sessionToken(user.id, await sessionVersionOf(user.id));
    setCookie(SESSION_COOKIE, oldCookie);
    expect((await getViewer())?.id).toBe(user.id);

    await runAction(forgotPasswordAction, { email: user.email });
    const verifyRaw = await createAuthToken(user.id, 'verify_email');
    const mail = (await listOutbox(5, user.email)).find((m) => m.template === 'resetPassword')!;
    resetRequest();
    const out = await runAction(resetPasswordAction, {
      token: tokenFromMail(mail.text),
      password: 'a fresh passphrase',
      confirmPassword: 'a fresh passphrase',
    });
    expect(out.state).toMatchObject({ ok: true, message: 'Auth.reset.done' });
    expect(out.redirect).toBeUndefined();
    expect(await getViewer()).toBeNull();

    setCookie(SESSION_COOKIE, oldCookie);
    expect(await getViewer()).toBeNull();
    expect(await consumeAuthToken(verifyRaw, 'verify_email')).toBeNull();
    expect((await listOutbox(5, user.email)).map((m) => m.template)).toContain('passwordChanged');
  });
});

describe('enumeration-safe answers', () => {
  it('AUTH-2: forgot-password answers the same for known and unknown emails; only the real account gets mail', async () => {
    const user = await createTestUser();
    const known = await runAction(forgotPasswordAction, { email: user.email });
    const unknown = await runAction(forgotPasswordAction, { email: 'no-such-person@test.local' });
    expect(known.state).toEqual(unknown.state);
    expect(await listOutbox(5, user.email)).toHaveLength(1);
    expect(await listOutbox(5, 'no-such-person@test.local')).toHaveLength(0);
  });

  it('AUTH-2: sign-up with a taken email answers like a new one; the owner is notified instead', async () => {
    const user = await createTestUser();
    const taken = await runAction(signUpAction, {
      name: 'Someone',
      email: user.email,
      password: 'another long passphrase',
    });
    const fresh = await runAction(signUpAction, {
      name: 'Someone',
      email: `new-${Date.now()}@test.local`,
      password: 'another long passphrase',
    });
    expect(taken.state).toEqual(fresh.state);
    expect((await listOutbox(5, user.email)).map((m) => m.template)).toEqual(['signUpExisting']);
  });

  it('AUTH-5: the fourth reset request for one email within an hour is refused', async () => {
    const email = `flood-${Date.now()}@test.local`;
    for (let i = 0; i < 3; i++) {
      setClientIp(ip());
      expect((await runAction(forgotPasswordAction, { email })).state).toMatchObject({ ok: true });
    }
    setClientIp(ip());
    const fourth = await runAction(forgotPasswordAction, { email });
    expect(fourth.state).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    expect((fourth.state as { retryAfter: number }).retryAfter).toBeGreaterThan(0);
  });
});

describe('sign-up and verification', () => {
  it('signs up, verifies from the outbox, and the link is single-use', async () => {
    const email = `signup-${Date.now()}@test.local`;
    const out = await runAction(signUpAction, {
      name: '王小明',
      email,
      password: 'learning every day',
    });
    expect(out.state).toMatchObject({ ok: true, message: 'Auth.signUp.checkInbox' });
    const [mail] = await listOutbox(1, email);
    const token = tokenFromMail(mail!.text);
    expect((await runAction(verifyEmailAction, { token })).state).toMatchObject({ ok: true });
    const [row] = await db
      .select({ v: users.emailVerified, name: users.name })
      .from(users)
      .where(eq(users.email, email));
    expect(row!.v).not.toBeNull();
    expect(row!.name).toBe('王小明');
    expect((await runAction(verifyEmailAction, { token })).state).toMatchObject({
      ok: false,
      formError: 'Auth.verify.invalidToken',
    });
  });
});
