import { DrizzleAdapter } from '@auth/drizzle-adapter';
import type { NextAuthConfig } from 'next-auth';
import type { Adapter } from 'next-auth/adapters';
import Credentials from 'next-auth/providers/credentials';
import GitHub from 'next-auth/providers/github';
import Google from 'next-auth/providers/google';

import { db } from '@/db';
import { accounts, users } from '@/db/schema';
import { redeemSignInTicket } from '@/lib/auth/challenge';
import { clientIpFrom } from '@/lib/auth/client-ip';
import { githubUserinfo } from '@/lib/auth/oauth-email';
import { authorizeCredentials, oauthSignInAllowed } from '@/lib/auth/provider-checks';
import { safeRedirect } from '@/lib/auth/safe-redirect';
import { canonicalProvider, wechatProviders } from '@/lib/auth/wechat';
import { createOAuthUser } from '@/lib/data/oauth-users';
import { env } from '@/lib/env';
import { logger } from '@/lib/logger';

declare module 'next-auth' {
  interface Session {
    sessionVersion?: number;
  }
}

const log = logger.child({ area: 'auth' });

type ProviderEnv = Pick<
  typeof env,
  'AUTH_GITHUB_ID' | 'AUTH_GITHUB_SECRET' | 'AUTH_GOOGLE_ID' | 'AUTH_GOOGLE_SECRET'
> &
  Partial<
    Pick<
      typeof env,
      | 'AUTH_WECHAT_APP_ID'
      | 'AUTH_WECHAT_APP_SECRET'
      | 'AUTH_WECHAT_MP_APP_ID'
      | 'AUTH_WECHAT_MP_APP_SECRET'
    >
  >;

function oauthProviders(e: ProviderEnv) {
  const list = [];
  // Providers switch on only when configured; email-based linking stays off (AUTH-7).
  if (e.AUTH_GITHUB_ID && e.AUTH_GITHUB_SECRET) {
    list.push(
      GitHub({
        clientId: e.AUTH_GITHUB_ID,
        clientSecret: e.AUTH_GITHUB_SECRET,
        allowDangerousEmailAccountLinking: false,
        // The email comes only from GitHub's primary verified address (AUTH-7).
        userinfo: {
          url: 'https://api.github.com/user',
          request: ({ tokens }: { tokens: { access_token?: string } }) =>
            githubUserinfo(tokens.access_token ?? ''),
        },
      }),
    );
  }
  if (e.AUTH_GOOGLE_ID && e.AUTH_GOOGLE_SECRET) {
    list.push(
      Google({
        clientId: e.AUTH_GOOGLE_ID,
        clientSecret: e.AUTH_GOOGLE_SECRET,
        allowDangerousEmailAccountLinking: false,
      }),
    );
  }
  return [...list, ...wechatProviders(e)];
}

function adapter(): Adapter {
  // Our users table carries more columns than the adapter knows; the columns it uses match its shape.
  const base = DrizzleAdapter(db, { usersTable: users, accountsTable: accounts } as never);
  return {
    ...base,
    // Both WeChat flows are one identity: their links live under one provider id (lib/auth/wechat.ts).
    getUserByAccount: (a) =>
      base.getUserByAccount!({ ...a, provider: canonicalProvider(a.provider) }),
    linkAccount: (a) => base.linkAccount!({ ...a, provider: canonicalProvider(a.provider) }),
    createUser: (data) =>
      createOAuthUser(data) as unknown as ReturnType<NonNullable<Adapter['createUser']>>,
  };
}

/** Built per base URL so tests can check the cookie flags an https deployment gets (WEB-4). */
export function buildAuthConfig(
  appUrl: string = env.APP_URL,
  providerEnv: ProviderEnv = env,
): NextAuthConfig {
  const providers = oauthProviders(providerEnv);
  return {
    trustHost: true,
    secret: env.AUTH_SECRET,
    useSecureCookies: appUrl.startsWith('https://'),
    session: { strategy: 'jwt', maxAge: 7 * 24 * 3600, updateAge: 24 * 3600 },
    pages: { signIn: '/sign-in', error: '/sign-in' },
    ...(providers.length > 0 ? { adapter: adapter() } : {}),
    providers: [
      Credentials({
        id: 'credentials',
        credentials: { email: {}, password: {}, ticket: {} },
        async authorize(credentials, request) {
          // Our own sign-in actions hand over a ticket; direct HTTP callers go through the same checks.
          if (typeof credentials?.ticket === 'string') {
            const user = await redeemSignInTicket(credentials.ticket);
            return user
              ? {
                  id: user.id,
                  name: user.name,
                  email: user.email,
                  sessionVersion: user.sessionVersion,
                }
              : null;
          }
          return authorizeCredentials(credentials, clientIpFrom(request.headers));
        },
      }),
      ...providers,
    ],
    callbacks: {
      signIn: ({ account, user, profile }) => oauthSignInAllowed(account, user, profile),
      jwt({ token, user }) {
        // Only at sign-in: client-side `update()` calls can never change who the token names.
        if (user) {
          token.uid = user.id;
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 1;
        }
        return token;
      },
      session({ session, token }) {
        if (typeof token.uid === 'string') session.user.id = token.uid;
        if (typeof token.sv === 'number') session.sessionVersion = token.sv;
        return session;
      },
      redirect({ url, baseUrl }) {
        if (url.startsWith('/')) return `${baseUrl}${safeRedirect(url)}`;
        try {
          const parsed = new URL(url);
          if (parsed.origin === baseUrl)
            return `${baseUrl}${safeRedirect(`${parsed.pathname}${parsed.search}${parsed.hash}`)}`;
        } catch {
          // fall through to the home page
        }
        return baseUrl;
      },
    },
    logger: {
      error(error) {
        const type = (error as { type?: string }).type ?? error.name;
        if (type === 'CredentialsSignin' || type === 'AccessDenied') return;
        log.warn({ authError: type }, 'auth error');
      },
      warn(code) {
        log.debug({ code }, 'auth warning');
      },
      debug() {},
    },
  };
}

export const authConfig = buildAuthConfig();
