import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

import { db } from '@/db';
import { users } from '@/db/schema';
import { becomeCreatorAction } from '@/lib/actions/account/become-creator';
import { changeEmailAction } from '@/lib/actions/account/change-email';
import { confirmEmailChangeAction } from '@/lib/actions/account/confirm-email-change';
import { enableTwoFactorAction } from '@/lib/actions/account/enable-two-factor';
import { startTwoFactorAction } from '@/lib/actions/account/start-two-factor';
import { signInAction } from '@/lib/actions/auth/sign-in';
import { verifyTwoFactorAction } from '@/lib/actions/auth/verify-two-factor';
import { getViewer } from '@/lib/auth/guards';
import { generateTotpCode } from '@/lib/auth/totp';
import { listOutbox } from '@/lib/data/mail-outbox';
import { runAction } from '@/tests/support/actions';
import {
  createTestUser,
  SESSION_COOKIE,
  sessionToken,
  sessionVersionOf,
  type TestUser,
} from '@/tests/support/auth-users';
import { getCookie, resetRequest, setClientIp, setCookie } from '@/tests/support/next-headers';

let n = 0;
const ip = () => `100.64.0.${++n}`;

async function actAs(user: TestUser) {
  resetRequest();
  setClientIp(ip());
  setCookie(SESSION_COOKIE, await sessionToken(user.id, await sessionVersionOf(user.id)));
}

beforeEach(() => resetRequest());

describe('email change', () => {
  it('AUTH-8: no current password, or a wrong one, is refused and nothing changes', async () => {
    const user = await createTestUser();
    // An address of its own: other files write mail to shared test addresses.
    const newEmail = `new-${user.id.toLowerCase()}@test.local`;
    await actAs(user);
    const missing = await runAction(changeEmailAction, { newEmail });
    expect(missing.state).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: ['Validation.passwordRequired'] },
    });
    const wrong = await runAction(changeEmailAction, {
      newEmail,
      currentPassword: 'not my password',
    });
    expect(wrong.state).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: ['Validation.currentPasswordWrong'] },
    });
    expect(await listOutbox(5, newEmail)).toHaveLength(0);
  });

  it('AUTH-8: the address changes only when the link sent to the new address is used; the old one is told', async () => {
    const user = await createTestUser();
    const newEmail = `moved-${user.id.toLowerCase()}@test.local`;
    await actAs(user);
    const out = await runAction(changeEmailAction, { newEmail, currentPassword: user.password });
    expect(out.state).toMatchObject({ ok: true });
    const [before] = await db
      .select({ email: users.email })
      .from(users)
      .where(eq(users.id, user.id));
    expect(before!.email).toBe(user.email);
    expect((await listOutbox(5, user.email)).map((m) => m.template)).toContain('emailChangeNotice');
    const [confirm] = await listOutbox(1, newEmail);
    const token = /token=([A-Za-z0-9_-]{43})/.exec(confirm!.text)![1]!;
    expect((await runAction(confirmEmailChangeAction, { token })).state).toMatchObject({
      ok: true,
    });
    const [after] = await db
      .select({ email: users.email })
      .from(users)
      .where(eq(users.id, user.id));
    expect(after!.email).toBe(newEmail);
  });
});

describe('two-factor sign-in', () => {
  it('enrols with a code, then sign-in needs the code; a recovery code works once', async () => {
    const user = await createTestUser();
    await actAs(user);
    const started = await runAction(startTwoFactorAction, {});
    const { secret, qrDataUrl } = (started.state as { data: { secret: string; qrDataUrl: string } })
      .data;
    expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const wrong = await runAction(enableTwoFactorAction, {
      code: '000000',
      currentPassword: user.password,
    });
    expect(wrong.state).toMatchObject({
      ok: false,
      fieldErrors: { code: ['Auth.twoFactor.invalid'] },
    });
    const enabled = await runAction(enableTwoFactorAction, {
      code: generateTotpCode(secret),
      currentPassword: user.password,
    });
    const codes = (enabled.state as { data: { recoveryCodes: string[] } }).data.recoveryCodes;
    expect(codes).toHaveLength(10);

    resetRequest();
    setClientIp(ip());
    const step1 = await runAction(signInAction, { email: user.email, password: user.password });
    expect(step1.redirect).toBe('/sign-in/two-factor');
    expect(getCookie(SESSION_COOKIE)).toBeUndefined();
    const bad = await runAction(verifyTwoFactorAction, { code: '123456' });
    expect(bad.state).toMatchObject({ ok: false });
    const step2 = await runAction(verifyTwoFactorAction, { code: codes[0]! });
    expect(step2.redirect).toBeDefined();
    expect((await getViewer())?.id).toBe(user.id);

    resetRequest();
    setClientIp(ip());
    await runAction(signInAction, { email: user.email, password: user.password });
    const reused = await runAction(verifyTwoFactorAction, { code: codes[0]! });
    expect(reused.state).toMatchObject({ ok: false });
    const viaTotp = await runAction(verifyTwoFactorAction, { code: generateTotpCode(secret) });
    expect(viaTotp.redirect).toBeDefined();
  });

  it('AUTH-6: an admin without two-factor acts as a learner until enrolment', async () => {
    const admin = await createTestUser({ role: 'admin', totp: false });
    await actAs(admin);
    const viewer = await getViewer();
    expect(viewer).toMatchObject({ role: 'learner', mustEnrolTwoFactor: true });
    resetRequest();
    setClientIp(ip());
    const signedIn = await runAction(signInAction, {
      email: admin.email,
      password: admin.password,
    });
    expect(signedIn.redirect).toContain('/account/security/two-factor');
  });
});

describe('become a creator', () => {
  it('turns a learner into a creator with a profile and a fresh session', async () => {
    const user = await createTestUser();
    await actAs(user);
    const out = await runAction(becomeCreatorAction, {
      displayName: '李老师',
      headline: '',
      bio: '教 Go 语言',
      payoutCountry: 'CN',
    });
    expect(out.redirect).toContain('/studio');
    expect((await getViewer())?.role).toBe('creator');
    const again = await runAction(becomeCreatorAction, {
      displayName: '李老师',
      payoutCountry: 'CN',
    });
    expect(again.state).toMatchObject({ ok: false, code: 'CONFLICT' });
  });
});
