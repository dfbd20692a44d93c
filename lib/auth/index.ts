import NextAuth from 'next-auth';

import { authConfig } from '@/lib/auth/config';

const nextAuth = NextAuth(authConfig);

export const { handlers, signIn, signOut } = nextAuth;
/** Request-scoped session reader (create-t3-app `auth = cache(uncachedAuth)`). */
export const auth = nextAuth.auth;
