import { randomUUID } from 'node:crypto';

import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';

import { getViewer } from '@/lib/auth/guards';
import { hasRole, type Guard, type Viewer } from '@/lib/auth/viewer';
import { AppError, isAppError } from '@/lib/errors';
import { logger } from '@/lib/logger';

type RouteCtx<Q, G extends Guard> = {
  req: NextRequest;
  query: Q;
  /** Null for `viewer: 'handler'` routes, which check the session themselves. */
  viewer: G extends 'public' ? Viewer | null : Viewer;
  params: Record<string, string | string[]>;
  requestId: string;
};

/** JSON error body is always `{ error: { code, message } }` with the real status (STYLE §5). */
export function errorResponse(err: AppError, requestId?: string) {
  const headers: Record<string, string> = {};
  if (err.retryAfter) headers['Retry-After'] = String(err.retryAfter);
  if (requestId) headers['X-Request-Id'] = requestId;
  return NextResponse.json(
    {
      error: {
        code: err.code,
        message: err.message,
        ...(err.fieldErrors ? { fields: err.fieldErrors } : {}),
      },
    },
    { status: err.status, headers },
  );
}

/**
 * Wraps a route handler: request id, guard, zod-parsed query string, error mapping. Mutating
 * handlers additionally require same-origin JSON (NEXT-7); that check lives in `requireSameOriginJson`.
 */
export function route<S extends z.ZodType, G extends Guard>(
  opts: {
    guard: G;
    query?: S;
    /**
     * 'handler' (public routes only): the wrapper does not check the session; the handler does,
     * with `getViewer()` or `checkSession()`, e.g. to run that check alongside its own reads.
     */
    viewer?: G extends 'public' ? 'handler' : never;
  },
  handler: (ctx: RouteCtx<z.output<S>, G>) => Promise<Response>,
) {
  return async function handle(
    req: NextRequest,
    context: { params: Promise<Record<string, string | string[]>> },
  ): Promise<Response> {
    const requestId = req.headers.get('x-request-id') ?? randomUUID();
    // Built only when something is logged: a child logger per request is measurable on hot routes.
    const log = () => logger.child({ requestId, method: req.method, path: req.nextUrl.pathname });
    try {
      const viewer = opts.viewer === 'handler' ? null : await getViewer();
      if (opts.guard !== 'public') {
        if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in required');
        if (opts.guard === 'creator' && !hasRole(viewer, 'creator'))
          throw new AppError('FORBIDDEN', 'Forbidden');
        if (opts.guard === 'admin' && viewer.role !== 'admin')
          throw new AppError('FORBIDDEN', 'Forbidden');
      }
      let query = undefined as z.output<S>;
      if (opts.query) {
        const parsed = opts.query.safeParse(Object.fromEntries(req.nextUrl.searchParams));
        if (!parsed.success) {
          const flat = z.flattenError(parsed.error);
          const first = Object.entries(flat.fieldErrors)[0];
          const message = first
            ? `${first[0]}: ${(first[1] as string[])[0]}`
            : (flat.formErrors[0] ?? 'Invalid query');
          throw new AppError('BAD_REQUEST', message, {
            fieldErrors: flat.fieldErrors as Record<string, string[]>,
          });
        }
        query = parsed.data;
      }
      const params = (await context?.params) ?? {};
      const res = await handler({
        req,
        query,
        viewer: viewer as RouteCtx<z.output<S>, G>['viewer'],
        params,
        requestId,
      });
      res.headers.set('X-Request-Id', requestId);
      return res;
    } catch (err) {
      if (isAppError(err)) {
        if (err.status >= 500) log().error({ err }, 'route failed');
        return errorResponse(err, requestId);
      }
      log().error({ err }, 'route failed');
      return errorResponse(new AppError('INTERNAL', 'Something went wrong'), requestId);
    }
  };
}

/** NEXT-7: cookie-authenticated mutations accept only same-origin JSON. */
export function requireSameOriginJson(req: NextRequest, appUrl: string) {
  const type = req.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/json')) {
    throw new AppError('FORBIDDEN', 'Content-Type must be application/json');
  }
  const origin = req.headers.get('origin');
  const site = req.headers.get('sec-fetch-site');
  const sameOrigin = origin ? origin === new URL(appUrl).origin : site === 'same-origin';
  if (!sameOrigin) throw new AppError('FORBIDDEN', 'Cross-origin request refused');
}
