import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { db } from '@/db';
import { users } from '@/db/schema';
import { buildAuthConfig } from '@/lib/auth/config';
import { githubUserinfo } from '@/lib/auth/oauth-email';
import { oauthSignInAllowed } from '@/lib/auth/provider-checks';
import { createOAuthUser } from '@/lib/data/oauth-users';

let n = 0;
const fresh = () => `oauth-${Date.now()}-${++n}@test.local`;
const account = (provider: string) => ({
  provider,
  type: 'oidc' as const,
  providerAccountId: `${provider}-${Date.now()}-${++n}`,
});

/** A stand-in for api.github.com: the profile has no public email; /user/emails lists these. */
function fakeGitHub(emails: { email: string; primary: boolean; verified: boolean }[]) {
  return vi.fn(async (url: string | URL | Request) =>
    (typeof url === 'string' ? url : url instanceof URL ? url.href : url.url).endsWith(
      '/user/emails',
    )
      ? Response.json(emails)
      : Response.json({ id: 42, login: 'octo', name: 'Octo', email: null }),
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('OAuth sign-up needs a provider-verified email', () => {
  it('AUTH-7: Google with email_verified false creates no account; true is let through', async () => {
    const email = fresh();
    const refused = await oauthSignInAllowed(
      account('google'),
      { email },
      { email, email_verified: false },
    );
    expect(refused).toBe('/sign-in?error=OAuthEmailUnverified');
    expect(await oauthSignInAllowed(account('google'), { email }, { email })).toBe(
      '/sign-in?error=OAuthEmailUnverified',
    );
    expect(
      await oauthSignInAllowed(account('google'), { email }, { email, email_verified: true }),
    ).toBe(true);
  });

  it('AUTH-7: GitHub gives only its primary verified address; an unverified primary signs up nobody', async () => {
    const unverified = await githubUserinfo(
      'token',
      'https://api.github.test',
      fakeGitHub([
        { email: 'first@test.local', primary: false, verified: true },
        { email: 'primary@test.local', primary: true, verified: false },
      ]),
    );
    expect(unverified).toMatchObject({ email: null, email_verified: false });
    expect(await oauthSignInAllowed(account('github'), { email: null }, unverified)).toBe(
      '/sign-in?error=OAuthEmailUnverified',
    );

    const email = fresh();
    const verified = await githubUserinfo(
      'token',
      'https://api.github.test',
      fakeGitHub([{ email, primary: true, verified: true }]),
    );
    expect(verified).toMatchObject({ email, email_verified: true, login: 'octo' });
    expect(await oauthSignInAllowed(account('github'), { email }, verified)).toBe(true);
  });

  it('AUTH-7: the configured GitHub provider uses the verified-email userinfo step', async () => {
    const fake = fakeGitHub([{ email: 'x@test.local', primary: true, verified: false }]);
    vi.stubGlobal('fetch', fake);
    const config = buildAuthConfig('https://zhishi.example', {
      AUTH_GITHUB_ID: 'id',
      AUTH_GITHUB_SECRET: 'secret',
      AUTH_GOOGLE_ID: undefined,
      AUTH_GOOGLE_SECRET: undefined,
    });
    const github = config.providers
      .map((p) => (typeof p === 'function' ? p() : p) as { id: string; options?: unknown })
      .find((p) => p.id === 'github') as {
      options: { userinfo: { request: (ctx: { tokens: { access_token: string } }) => unknown } };
    };
    const profile = await github.options.userinfo.request({ tokens: { access_token: 't' } });
    expect(profile).toMatchObject({ email: null, email_verified: false });
    expect(fake).toHaveBeenCalledWith('https://api.github.com/user/emails', expect.anything());
  });

  it('AUTH-7: an account made from a verified provider email counts as verified here', async () => {
    const user = await createOAuthUser({ email: fresh(), name: 'Octo' });
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(row!.emailVerified).not.toBeNull();
    expect(row!.passwordHash).toBeNull();
  });
});
