import { randomUUID } from 'node:crypto';

import { type NextRequest } from 'next/server';
import { z } from 'zod';

import { errorResponse } from '@/lib/api/error-response';
import { getViewer } from '@/lib/auth/guards';
import { checkGuard, type Guard, type GuardedViewer } from '@/lib/auth/viewer';
import { AppError, isAppError } from '@/lib/errors';
import { logger } from '@/lib/logger';

export { errorResponse } from '@/lib/api/error-response';

type RouteCtx<Q, G extends Guard> = {
  req: NextRequest;
  query: Q;
  viewer: GuardedViewer<G>;
  params: Record<string, string | string[]>;
  requestId: string;
};

/**
 * Wraps a route handler: request id, the one guard (`checkGuard`), zod-parsed query string, error
 * mapping. Mutating handlers additionally require same-origin JSON (NEXT-7): `requireSameOriginJson`.
 */
export function route<S extends z.ZodType, G extends Guard>(
  opts: { guard: G; query?: S },
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
      const viewer = checkGuard(await getViewer(), opts.guard);
      let query = undefined as z.output<S>;
      if (opts.query) {
        const parsed = opts.query.safeParse(Object.fromEntries(req.nextUrl.searchParams));
        if (!parsed.success) {
          // The key says that the query is wrong; `fields` says how, per parameter, and under
          // `query` for the query as a whole (an unknown parameter, two that exclude each other).
          const flat = z.flattenError(parsed.error);
          const fieldErrors = flat.fieldErrors as Record<string, string[]>;
          throw new AppError('BAD_REQUEST', 'Errors.invalidQuery', {
            fieldErrors: flat.formErrors.length
              ? { ...fieldErrors, query: flat.formErrors }
              : fieldErrors,
          });
        }
        query = parsed.data;
      }
      const params = (await context?.params) ?? {};
      const res = await handler({ req, query, viewer, params, requestId });
      res.headers.set('X-Request-Id', requestId);
      return res;
    } catch (err) {
      if (isAppError(err)) {
        if (err.status >= 500) log().error({ err }, 'route failed');
        return errorResponse(err, requestId);
      }
      log().error({ err }, 'route failed');
      return errorResponse(new AppError('INTERNAL', 'Errors.generic'), requestId);
    }
  };
}

/** NEXT-7: cookie-authenticated mutations accept only same-origin JSON. */
export function requireSameOriginJson(req: NextRequest, appUrl: string) {
  const type = req.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/json')) {
    throw new AppError('FORBIDDEN', 'Errors.jsonRequired');
  }
  const origin = req.headers.get('origin');
  const site = req.headers.get('sec-fetch-site');
  const sameOrigin = origin ? origin === new URL(appUrl).origin : site === 'same-origin';
  if (!sameOrigin) throw new AppError('FORBIDDEN', 'Errors.crossOrigin');
}
