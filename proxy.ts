import { NextResponse, type NextRequest } from 'next/server';

import { SESSION_COOKIE_NAMES } from '@/lib/auth/session-token';
import { EMULATOR_KEY, env } from '@/lib/env';
import { buildCsp, newNonce } from '@/lib/security/csp';

/**
 * Two jobs, both at the network boundary:
 * 1. The per-request Content-Security-Policy with a fresh nonce (WEB-2) on every page. Next.js reads
 *    the nonce from the request's CSP header and stamps it on its scripts.
 * 2. Optimistic redirects only (STYLE §3, NEXT-1): no session cookie on a private area → sign-in.
 *    A cookie being present proves nothing; every page, action and route handler checks the session
 *    and role again in the data layer. DISABLE_PROXY=1 switches the redirects off so tests can prove
 *    that; the CSP stays.
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

function withCsp(req: NextRequest): NextResponse {
  const csp = buildCsp({
    nonce: newNonce(),
    dev: env.NODE_ENV === 'development',
    https: env.APP_URL.startsWith('https://'),
    // With the default key checkout opens on the local Stripe emulator's page (never in production).
    checkoutOrigin: env.STRIPE_SECRET_KEY === EMULATOR_KEY ? env.STRIPE_EMULATOR_URL : undefined,
  });
  const requestHeaders = new Headers(req.headers);
  requestHeaders.set('content-security-policy', csp);
  const res = NextResponse.next({ request: { headers: requestHeaders } });
  res.headers.set('Content-Security-Policy', csp);
  return res;
}

export function proxy(req: NextRequest) {
  const { pathname, search } = req.nextUrl;
  if (env.DISABLE_PROXY !== '1' && isPrivatePath(pathname) && !hasSessionCookie(req)) {
    const url = req.nextUrl.clone();
    url.pathname = '/sign-in';
    url.search = `?callbackUrl=${encodeURIComponent(`${pathname}${search}`)}`;
    return NextResponse.redirect(url);
  }
  return withCsp(req);
}

export const config = {
  // Every page (each needs its nonce); not route handlers (JSON, media), build assets or files with
  // an extension (icons, og image, robots.txt, sitemap.xml), which get the static headers only.
  matcher: ['/((?!api/|_next/static/|_next/image|.*\\.[a-zA-Z0-9]+$).*)'],
};
