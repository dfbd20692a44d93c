import { eq, or } from 'drizzle-orm';
import NextAuth from 'next-auth';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

import { db } from '@/db';
import { accounts } from '@/db/schema';
import { changePasswordAction } from '@/lib/actions/account/change-password';
import { signOutEverywhereAction } from '@/lib/actions/account/sign-out-everywhere';
import { suspendUserAction } from '@/lib/actions/admin/suspend-user';
import { signInAction } from '@/lib/actions/auth/sign-in';
import { issueSignInTicket } from '@/lib/auth/challenge';
import { buildAuthConfig } from '@/lib/auth/config';
import { getViewer, requireUser } from '@/lib/auth/guards';
import { oauthSignInAllowed } from '@/lib/auth/provider-checks';
import { runAction } from '@/tests/support/actions';
import {
  createTestUser,
  SESSION_COOKIE,
  sessionToken,
  sessionVersionOf,
} from '@/tests/support/auth-users';
import {
  getCookie,
  replaceCookies,
  resetRequest,
  setClientIp,
  setCookie,
} from '@/tests/support/next-headers';

let n = 0;
const ip = () => `192.0.2.${++n}`;

async function signInAs(email: string, password: string) {
  resetRequest();
  setClientIp(ip());
  const out = await runAction(signInAction, { email, password });
  expect(out.redirect).toBeDefined();
  return getCookie(SESSION_COOKIE)!.value;
}

beforeEach(() => resetRequest());

describe('sessions', () => {
  it('AUTH-4: every sign-in issues a new session token', async () => {
    const user = await createTestUser();
    const first = await signInAs(user.email, user.password);
    const second = await signInAs(user.email, user.password);
    expect(first).not.toBe(second);
  });

  it('AUTH-4: after a password change the old session cookie is refused by protected code', async () => {
    const user = await createTestUser();
    const old = await signInAs(user.email, user.password);
    const out = await runAction(changePasswordAction, {
      currentPassword: user.password,
      newPassword: 'new passphrase here',
      confirmPassword: 'new passphrase here',
    });
    expect(out.redirect).toContain('/account/security');
    // This device got a fresh session …
    expect((await getViewer())?.id).toBe(user.id);
    // … the old cookie no longer works anywhere.
    replaceCookies([{ name: SESSION_COOKIE, value: old }]);
    expect(await getViewer()).toBeNull();
    await expect(requireUser()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const action = await runAction(changePasswordAction, {
      currentPassword: 'new passphrase here',
      newPassword: 'x'.repeat(12),
      confirmPassword: 'x'.repeat(12),
    });
    expect(action.state).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });

  it('AUTH-4: sign out everywhere ends this and every other session', async () => {
    const user = await createTestUser();
    const other = await signInAs(user.email, user.password);
    await signInAs(user.email, user.password);
    const out = await runAction(signOutEverywhereAction, {});
    expect(out.redirect).toContain('/sign-in');
    replaceCookies([{ name: SESSION_COOKIE, value: other }]);
    expect(await getViewer()).toBeNull();
  });

  it('AUTH-4: a JWT signed with another secret is refused', async () => {
    const user = await createTestUser();
    setCookie(
      SESSION_COOKIE,
      await sessionToken(user.id, await sessionVersionOf(user.id), {
        secret: 'forged-secret-forged-secret-0123456789abcd',
      }),
    );
    expect(await getViewer()).toBeNull();
  });

  it('AUTH-4: an expired JWT is refused, while the same claims unexpired are accepted', async () => {
    const user = await createTestUser();
    const sv = await sessionVersionOf(user.id);
    setCookie(SESSION_COOKIE, await sessionToken(user.id, sv, { maxAge: -120 }));
    expect(await getViewer()).toBeNull();
    setCookie(SESSION_COOKIE, await sessionToken(user.id, sv));
    expect((await getViewer())?.id).toBe(user.id);
  });

  it('AUTH-4: a JWT whose session version is stale is refused', async () => {
    const user = await createTestUser();
    setCookie(SESSION_COOKIE, await sessionToken(user.id, (await sessionVersionOf(user.id)) - 1));
    expect(await getViewer()).toBeNull();
  });

  it('an admin suspends a user and that user’s next request is refused', async () => {
    const admin = await createTestUser({ role: 'admin' });
    const victim = await createTestUser();
    const victimCookie = await signInAs(victim.email, victim.password);
    replaceCookies([
      {
        name: SESSION_COOKIE,
        value: await sessionToken(admin.id, await sessionVersionOf(admin.id)),
      },
    ]);
    const out = await runAction(suspendUserAction, { userId: victim.id, reason: 'spam' });
    expect(out.state).toMatchObject({ ok: true });
    replaceCookies([{ name: SESSION_COOKIE, value: victimCookie }]);
    expect(await getViewer()).toBeNull();
    const again = await runAction(signInAction, { email: victim.email, password: victim.password });
    expect(again.redirect).toBeUndefined();
  });

  it('WEB-4: on https the session cookie is __Secure-, HttpOnly, Secure, SameSite=Lax, host-only', async () => {
    const user = await createTestUser();
    const { signIn } = NextAuth(buildAuthConfig('https://zhishi.example'));
    resetRequest({ host: 'zhishi.example', 'x-forwarded-proto': 'https' });
    const ticket = await issueSignInTicket({ uid: user.id, sv: await sessionVersionOf(user.id) });
    await runAction(async () => signIn('credentials', { ticket, redirectTo: '/' }));
    const cookie = getCookie('__Secure-authjs.session-token');
    expect(cookie).toBeDefined();
    expect(cookie!.options).toMatchObject({
      httpOnly: true,
      secure: true,
      sameSite: 'lax',
      path: '/',
    });
    expect((cookie!.options as { domain?: string }).domain).toBeUndefined();
  });
});

describe('OAuth linking', () => {
  it('AUTH-7: an OAuth identity with the email of an existing password account is not linked and gets no session', async () => {
    const user = await createTestUser();
    const result = await oauthSignInAllowed(
      { provider: 'github', type: 'oauth', providerAccountId: 'gh-123' },
      { id: 'gh-123', email: user.email },
      { email: user.email, email_verified: false },
    );
    expect(result).toBe('/sign-in?error=OAuthAccountNotLinked');
    // Neither this identity nor the password account gained a link (other files' OAuth rows may exist).
    const linked = await db
      .select()
      .from(accounts)
      .where(or(eq(accounts.providerAccountId, 'gh-123'), eq(accounts.userId, user.id)));
    expect(linked).toHaveLength(0);
  });

  it('AUTH-7: no provider allows dangerous email linking', () => {
    const config = buildAuthConfig('https://zhishi.example', {
      AUTH_GITHUB_ID: 'id',
      AUTH_GITHUB_SECRET: 'secret',
      AUTH_GOOGLE_ID: 'id',
      AUTH_GOOGLE_SECRET: 'secret',
    });
    expect(config.providers).toHaveLength(3);
    for (const provider of config.providers) {
      const p = (typeof provider === 'function' ? provider() : provider) as {
        options?: { allowDangerousEmailAccountLinking?: boolean };
        allowDangerousEmailAccountLinking?: boolean;
      };
      expect(p.allowDangerousEmailAccountLinking).not.toBe(true);
      expect(p.options?.allowDangerousEmailAccountLinking).not.toBe(true);
    }
  });
});
