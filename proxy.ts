import { NextResponse, type NextRequest } from 'next/server';

import { SESSION_COOKIE_NAMES } from '@/lib/auth/session-token';
import { env } from '@/lib/env';

/**
 * Optimistic redirects only (STYLE §3, NEXT-1): no session cookie on a private area → sign-in page.
 * A cookie being present proves nothing; every page, action and route handler checks the session
 * and role again in the data layer. DISABLE_PROXY=1 switches this off so tests can prove that.
 */
const PRIVATE_PREFIXES = ['/studio', '/admin', '/account', '/library'];
const SESSION_COOKIES = Object.values(SESSION_COOKIE_NAMES);

function hasSessionCookie(req: NextRequest): boolean {
  return req.cookies
    .getAll()
    .some((c) => SESSION_COOKIES.some((name) => c.name === name || c.name.startsWith(`${name}.`)));
}

export function isPrivatePath(pathname: string): boolean {
  return PRIVATE_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

export function proxy(req: NextRequest) {
  if (env.DISABLE_PROXY === '1') return NextResponse.next();
  const { pathname, search } = req.nextUrl;
  if (isPrivatePath(pathname) && !hasSessionCookie(req)) {
    const url = req.nextUrl.clone();
    url.pathname = '/sign-in';
    url.search = `?callbackUrl=${encodeURIComponent(`${pathname}${search}`)}`;
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = {
  matcher: ['/studio/:path*', '/admin/:path*', '/account/:path*', '/library/:path*'],
};
