import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

import { db } from '@/db';
import { creatorProfiles, users } from '@/db/schema';
import { becomeCreatorAction } from '@/lib/actions/account/become-creator';
import { enableTwoFactorAction } from '@/lib/actions/account/enable-two-factor';
import { startTwoFactorAction } from '@/lib/actions/account/start-two-factor';
import { resetPasswordAction } from '@/lib/actions/auth/reset-password';
import { getViewer } from '@/lib/auth/guards';
import { generateTotpCode } from '@/lib/auth/totp';
import { becomeCreator } from '@/lib/data/account';
import { createAuthToken } from '@/lib/data/auth-tokens';
import { listOutbox } from '@/lib/data/mail-outbox';
import { runAction } from '@/tests/support/actions';
import {
  createTestUser,
  SESSION_COOKIE,
  sessionToken,
  sessionVersionOf,
  type TestUser,
} from '@/tests/support/auth-users';
import { resetRequest, setClientIp, setCookie } from '@/tests/support/next-headers';

let n = 0;
const ip = () => `100.64.9.${++n}`;

async function actAs(user: TestUser) {
  resetRequest();
  setClientIp(ip());
  setCookie(SESSION_COOKIE, await sessionToken(user.id, await sessionVersionOf(user.id)));
}

async function totpOn(userId: string): Promise<boolean> {
  const [row] = await db
    .select({ on: users.totpEnabledAt })
    .from(users)
    .where(eq(users.id, userId));
  return row!.on !== null;
}

beforeEach(() => resetRequest());

describe('two-factor changes need re-authentication', () => {
  it('AUTH-8: turning two-factor on without the current password, or with a wrong one, is refused', async () => {
    const user = await createTestUser();
    await actAs(user);
    const started = await runAction(startTwoFactorAction, {});
    const { secret } = (started.state as { data: { secret: string } }).data;
    const missing = await runAction(enableTwoFactorAction, { code: generateTotpCode(secret) });
    expect(missing.state).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: ['Validation.passwordRequired'] },
    });
    const wrong = await runAction(enableTwoFactorAction, {
      code: generateTotpCode(secret),
      currentPassword: 'not my password',
    });
    expect(wrong.state).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: ['Validation.currentPasswordWrong'] },
    });
    expect(await totpOn(user.id)).toBe(false);

    const right = await runAction(enableTwoFactorAction, {
      code: generateTotpCode(secret),
      currentPassword: user.password,
    });
    expect(right.state).toMatchObject({ ok: true });
    expect(await totpOn(user.id)).toBe(true);
    expect((await listOutbox(5, user.email)).map((m) => m.template)).toContain('twoFactorChanged');
  });

  it('AUTH-8: a password reset keeps two-factor on; recovery codes are the way back', async () => {
    const user = await createTestUser({ totp: true });
    const [before] = await db
      .select({ hash: users.passwordHash })
      .from(users)
      .where(eq(users.id, user.id));
    const raw = await createAuthToken(user.id, 'reset_password');
    setClientIp(ip());
    await runAction(resetPasswordAction, {
      token: raw,
      password: 'brand new passphrase',
      confirmPassword: 'brand new passphrase',
    });
    const [row] = await db
      .select({ hash: users.passwordHash, on: users.totpEnabledAt })
      .from(users)
      .where(eq(users.id, user.id));
    expect(row!.hash).not.toBe(before!.hash);
    expect(row!.on).not.toBeNull();
  });
});

describe('creators need a confirmed email', () => {
  const profile = { displayName: '未验证', headline: '', bio: '', payoutCountry: 'CN' };

  it('an unverified account cannot become a creator, through the action or the data layer', async () => {
    const user = await createTestUser({ verified: false });
    await actAs(user);
    const out = await runAction(becomeCreatorAction, profile);
    expect(out.state).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      formError: 'Account.creator.verifyFirst',
    });
    const viewer = (await getViewer())!;
    await expect(becomeCreator(viewer, profile)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const rows = await db.select().from(creatorProfiles).where(eq(creatorProfiles.userId, user.id));
    expect(rows).toHaveLength(0);
    expect((await getViewer())?.role).toBe('learner');
  });
});
