import type { NextAuthConfig } from 'next-auth';

import { env } from '@/lib/env';

declare module 'next-auth' {
  interface Session {
    sessionVersion?: number;
  }
}

/** Foundation version: JWT sessions carrying user id and session version. Providers arrive with accounts. */
export const authConfig = {
  trustHost: true,
  secret: env.AUTH_SECRET,
  session: { strategy: 'jwt', maxAge: 7 * 24 * 3600, updateAge: 24 * 3600 },
  pages: { signIn: '/sign-in' },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === 'string') session.user.id = token.uid;
      if (typeof token.sv === 'number') session.sessionVersion = token.sv;
      return session;
    },
  },
} satisfies NextAuthConfig;
