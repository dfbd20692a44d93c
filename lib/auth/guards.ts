import 'server-only';

import { cache } from 'react';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';

import { decodeSessionToken, readSessionCookie, sessionCookieName } from '@/lib/auth/session-token';
import { checkGuard, type Guard, type GuardedViewer, type Viewer } from '@/lib/auth/viewer';
import { getViewerForSession } from '@/lib/data/users';
import { env } from '@/lib/env';
import { isAppError } from '@/lib/errors';
import type { UserRole } from '@/db/schema';

/**
 * The signed-in viewer or null, read once per request (React `cache()`; nothing is shared between
 * requests). The JWT alone is not trusted: the user is re-read and the token's session version must
 * match the database, so suspension and password changes end sessions at once (AUTH-4).
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const name = sessionCookieName(env.APP_URL);
  const token = readSessionCookie(await cookies(), name);
  const claims = token
    ? await decodeSessionToken(token, { secret: env.AUTH_SECRET, salt: name })
    : null;
  return claims ? getViewerForSession(claims.uid, claims.sv) : null;
});

/**
 * The one guard for actions, route handlers and the DAL: the session's viewer through the role
 * ladder (`checkGuard`). Throws UNAUTHENTICATED or FORBIDDEN.
 */
export async function requireGuard<G extends Guard | UserRole>(
  guard: G,
): Promise<GuardedViewer<G>> {
  return checkGuard(await getViewer(), guard);
}

/** `requireGuard('user')`: throws UNAUTHENTICATED. */
export async function requireUser(): Promise<Viewer> {
  return requireGuard('user');
}

/** `requireGuard(role)`: throws UNAUTHENTICATED, or FORBIDDEN when the role is missing. */
export async function requireRole(role: UserRole): Promise<Viewer> {
  return requireGuard(role);
}

export const TWO_FACTOR_ENROL_PATH = '/account/security/two-factor';

/**
 * For pages and layouts: the same guard, answered with redirects instead of errors (sign-in for
 * UNAUTHENTICATED, /forbidden for FORBIDDEN).
 */
export async function requirePageRole(role: UserRole | 'user', returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  // An admin without a second factor enrols before anything else (AUTH-6).
  if (viewer?.mustEnrolTwoFactor && !returnTo.startsWith(TWO_FACTOR_ENROL_PATH))
    redirect(`${TWO_FACTOR_ENROL_PATH}?required=1`);
  try {
    return checkGuard(viewer, role);
  } catch (err) {
    if (isAppError(err) && err.code === 'UNAUTHENTICATED')
      redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
    if (isAppError(err) && err.code === 'FORBIDDEN') redirect('/forbidden');
    throw err;
  }
}
