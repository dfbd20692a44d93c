import 'server-only';

import { cookies, headers } from 'next/headers';

import { issueSignInTicket } from '@/lib/auth/challenge';
import { clientIpFrom } from '@/lib/auth/client-ip';
import { signIn } from '@/lib/auth';
import { unsafeFindCredentialsById } from '@/lib/data/auth-users';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';

/** Client IP of the current request: the socket peer, or the trusted proxies' entry (AUTH-5). */
export async function requestIp(): Promise<string> {
  return clientIpFrom(await headers());
}

export const secureCookies = () => env.APP_URL.startsWith('https://');

export async function setShortCookie(name: string, value: string, maxAge: number): Promise<void> {
  (await cookies()).set(name, value, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: secureCookies(),
    maxAge,
  });
}

export async function readCookie(name: string): Promise<string | undefined> {
  return (await cookies()).get(name)?.value;
}

export async function clearCookie(name: string): Promise<void> {
  (await cookies()).delete(name);
}

/**
 * Starts a fresh session (a new JWT, AUTH-4) for a user whose checks have all passed, then redirects.
 * Used after sign-in, after the second factor, and after privilege or password changes so the current
 * device keeps working while older sessions end. Throws Next's redirect.
 */
export async function startSession(userId: string, redirectTo: string): Promise<never> {
  const user = await unsafeFindCredentialsById(userId);
  if (!user || user.status !== 'active')
    throw new AppError('UNAUTHENTICATED', 'Errors.signInRequired');
  const ticket = await issueSignInTicket({ uid: user.id, sv: user.sessionVersion });
  await signIn('credentials', { ticket, redirectTo });
  // signIn redirects by throwing; reaching this line means Auth.js refused the ticket.
  throw new AppError('UNAUTHENTICATED', 'Errors.signInRequired');
}
