import 'server-only';

import { cache } from 'react';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';

import {
  decodeSessionToken,
  readSessionCookie,
  sessionCookieName,
  type SessionClaims,
} from '@/lib/auth/session-token';
import { hasRole, type Viewer } from '@/lib/auth/viewer';
import { getViewerForSession } from '@/lib/data/users';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import type { UserRole } from '@/db/schema';

/**
 * The session cookie's claims: authentic and unexpired, but NOT yet checked against the database.
 * Only for starting reads early; nothing may be returned on their strength until `checkSession()`
 * (or `getViewer()`) has confirmed the same user.
 */
export const getSessionClaims = cache(async (): Promise<SessionClaims | null> => {
  const name = sessionCookieName(env.APP_URL);
  const token = readSessionCookie(await cookies(), name);
  if (!token) return null;
  return decodeSessionToken(token, { secret: env.AUTH_SECRET, salt: name });
});

/**
 * The signed-in viewer or null. The JWT alone is not trusted: the user is re-read and the token's
 * session version must match the database, so suspension and password changes end sessions (AUTH-4).
 */
export const getViewer = cache(async (): Promise<Viewer | null> =>
  checkSession(await getSessionClaims()),
);

/** The database half of `getViewer()`, for a handler that already holds the claims. */
export async function checkSession(claims: SessionClaims | null): Promise<Viewer | null> {
  return claims ? getViewerForSession(claims.uid, claims.sv) : null;
}

/** For actions, route handlers and the DAL: throws UNAUTHENTICATED. */
export async function requireUser(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'Errors.signInRequired');
  return viewer;
}

/** For actions, route handlers and the DAL: throws FORBIDDEN when the role is missing. */
export async function requireRole(role: UserRole): Promise<Viewer> {
  const viewer = await requireUser();
  if (!hasRole(viewer, role)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
  return viewer;
}

export const TWO_FACTOR_ENROL_PATH = '/account/security/two-factor';

/** For pages and layouts: redirects instead of throwing. */
export async function requirePageRole(role: UserRole | 'user', returnTo: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  // An admin without a second factor enrols before anything else (AUTH-6).
  if (viewer.mustEnrolTwoFactor && !returnTo.startsWith(TWO_FACTOR_ENROL_PATH))
    redirect(`${TWO_FACTOR_ENROL_PATH}?required=1`);
  if (role !== 'user' && !hasRole(viewer, role)) redirect('/forbidden');
  return viewer;
}
