import NextAuth from 'next-auth';

import { authConfig } from '@/lib/auth/config';

/**
 * Auth.js for sign-in, sign-out and its HTTP endpoints. The session is read by `getViewer()`
 * (lib/auth/guards.ts), not by Auth.js' `auth()` (DECISIONS 2026-12-01).
 */
export const { handlers, signIn, signOut } = NextAuth(authConfig);
