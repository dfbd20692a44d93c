import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));

import { db } from '@/db';
import { users } from '@/db/schema';
import { requestPhoneCodeAction } from '@/lib/actions/auth/request-phone-code';
import { signInWithPhoneAction } from '@/lib/actions/auth/sign-in-with-phone';
import { signUpWithPhoneAction } from '@/lib/actions/auth/sign-up-with-phone';
import { getViewer } from '@/lib/auth/guards';
import { TWO_FACTOR_COOKIE } from '@/lib/auth/challenge';
import { bumpSessionVersion } from '@/lib/data/auth-users';
import { listSmsOutbox } from '@/lib/data/sms-outbox';
import { runAction } from '@/tests/support/actions';
import { createTestUser, SESSION_COOKIE } from '@/tests/support/auth-users';
import { getCookie, replaceCookies } from '@/tests/support/next-headers';
import { asClient, freshIp, freshPhone, lastSmsCode } from '@/tests/support/phone';

async function requestCode(phone: string, purpose: 'sign_in' | 'sign_up') {
  asClient(freshIp());
  return (await runAction(requestPhoneCodeAction, { phone, purpose, locale: 'en' })).state!;
}

async function phoneUser(opts: { totp?: boolean } = {}) {
  const phone = freshPhone();
  const user = await createTestUser({ totp: opts.totp ?? false });
  await db.update(users).set({ phone }).where(eq(users.id, user.id));
  return { ...user, phone };
}

beforeEach(() => asClient(freshIp()));

describe('phone sign-up and sign-in', () => {
  it('signs up with name + phone + code: a phone-only account, signed in at once', async () => {
    const phone = freshPhone();
    expect((await requestCode(phone.replace('+86', ''), 'sign_up')).ok).toBe(false);
    expect((await requestCode(phone, 'sign_up')).ok).toBe(true);
    const code = await lastSmsCode(phone);
    asClient(freshIp());
    const out = await runAction(signUpWithPhoneAction, {
      name: 'Li Lei',
      phone,
      code: code!,
      locale: 'en',
    });
    expect(out.redirect).toBe('http://localhost:3000/');
    const viewer = await getViewer();
    expect(viewer?.name).toBe('Li Lei');
    const [row] = await db.select().from(users).where(eq(users.id, viewer!.id));
    expect(row).toMatchObject({ phone, email: null, passwordHash: null });
  });

  it('zh-CN: a mainland number without +86 is stored in E.164', async () => {
    const phone = freshPhone();
    asClient(freshIp());
    const national = phone.replace('+86', '');
    await runAction(requestPhoneCodeAction, {
      phone: national,
      purpose: 'sign_up',
      locale: 'zh-CN',
    });
    const [sms] = await listSmsOutbox(1, phone);
    expect(sms?.body).toContain('验证码');
  });

  it('AUTH-4: signs in with phone + code, each time with a new session that a version bump ends', async () => {
    const user = await phoneUser();
    await requestCode(user.phone, 'sign_in');
    const out = await runAction(signInWithPhoneAction, {
      phone: user.phone,
      code: (await lastSmsCode(user.phone))!,
    });
    expect(out.redirect).toBe('http://localhost:3000/');
    const session = getCookie(SESSION_COOKIE)!.value;
    expect((await getViewer())?.id).toBe(user.id);
    await bumpSessionVersion(user.id);
    replaceCookies([{ name: SESSION_COOKIE, value: session }]);
    expect(await getViewer()).toBeNull();
  });

  it('AUTH-9: two-factor still applies after a code sign-in', async () => {
    const user = await phoneUser({ totp: true });
    await requestCode(user.phone, 'sign_in');
    const out = await runAction(signInWithPhoneAction, {
      phone: user.phone,
      code: (await lastSmsCode(user.phone))!,
    });
    expect(out.redirect).toBe('/sign-in/two-factor');
    expect(getCookie(TWO_FACTOR_COOKIE)).toBeDefined();
    expect(getCookie(SESSION_COOKIE)).toBeUndefined();
  });

  it('AUTH-2: requesting a sign-in code answers the same for a number with and without an account', async () => {
    const known = await phoneUser();
    const unknown = freshPhone();
    const a = await requestCode(known.phone, 'sign_in');
    const b = await requestCode(unknown, 'sign_in');
    const strip = (s: typeof a) => (s.ok === true ? { ...s, data: undefined } : s);
    expect(strip(a)).toEqual(strip(b));
    expect(a.ok).toBe(true);
    expect(await listSmsOutbox(5, known.phone)).toHaveLength(1);
    expect(await listSmsOutbox(5, unknown)).toHaveLength(0);
  });

  it('AUTH-2: requesting a sign-up code for a taken number answers like a new one; the owner is told', async () => {
    const taken = await phoneUser();
    const fresh = freshPhone();
    const a = await requestCode(taken.phone, 'sign_up');
    const b = await requestCode(fresh, 'sign_up');
    const strip = (s: typeof a) => (s.ok === true ? { ...s, data: undefined } : s);
    expect(strip(a)).toEqual(strip(b));
    expect((await listSmsOutbox(5, taken.phone)).map((m) => m.template)).toEqual([
      'signUpExisting',
    ]);
    expect(await lastSmsCode(taken.phone)).toBeNull();
    expect((await listSmsOutbox(5, fresh)).map((m) => m.template)).toEqual(['code']);
  });

  it('AUTH-2: a wrong code for a known number answers like any code for an unknown one', async () => {
    const known = await phoneUser();
    await requestCode(known.phone, 'sign_in');
    const right = (await lastSmsCode(known.phone))!;
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    const a = await runAction(signInWithPhoneAction, { phone: known.phone, code: wrong });
    const b = await runAction(signInWithPhoneAction, { phone: freshPhone(), code: wrong });
    const strip = (s: typeof a.state) => ({ ...s, values: undefined });
    expect(a.state).toMatchObject({
      ok: false,
      fieldErrors: { code: ['Phone.errors.codeInvalid'] },
    });
    expect(strip(a.state)).toEqual(strip(b.state));
  });

  it('AUTH-9: a sign-up code cannot sign in', async () => {
    const phone = freshPhone();
    await requestCode(phone, 'sign_up');
    const code = (await lastSmsCode(phone))!;
    const out = await runAction(signInWithPhoneAction, { phone, code });
    expect(out.state).toMatchObject({ ok: false });
    expect(await getViewer()).toBeNull();
  });
});
