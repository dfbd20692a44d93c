import { z } from 'zod';

import { getViewer } from '@/lib/auth/guards';
import { checkGuard, type Guard, type GuardedViewer } from '@/lib/auth/viewer';
import { isAppError } from '@/lib/errors';
import { logger } from '@/lib/logger';

import type { ActionState } from './action-state';

// Client Components import these from ./action-state; re-exported here for server callers.
export { initialActionState, type ActionState } from './action-state';

type Ctx<G extends Guard> = { viewer: GuardedViewer<G> };

/** Fields never echoed back to the form. */
const SECRET_FIELD = /password|token|code|secret/i;

function toInput(raw: unknown): unknown {
  if (raw instanceof FormData) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of raw.entries()) {
      if (key.startsWith('$ACTION')) continue;
      if (key in out) {
        const prev = out[key];
        out[key] = Array.isArray(prev) ? [...(prev as unknown[]), value] : [prev, value];
      } else out[key] = value;
    }
    return out;
  }
  return raw ?? {};
}

function echoValues(input: unknown): Record<string, string> | undefined {
  if (!input || typeof input !== 'object') return undefined;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(input)) {
    if (typeof v === 'string' && !SECRET_FIELD.test(k) && v.length <= 2000) out[k] = v;
  }
  return out;
}

/**
 * Builds a server action: (a) the guard, (b) zod-parse FormData or an object, (c) run the body,
 * (d) map AppError to a form error and log anything else behind a generic message (NEXT-2, OPS-3).
 * Signature `(prevState, input)` drops into useActionState.
 */
export function action<S extends z.ZodType, G extends Guard, T = undefined>(
  opts: { schema: S; guard: G; name?: string },
  body: (input: z.output<S>, ctx: Ctx<G>) => Promise<ActionState<T> | void>,
) {
  return async function run(
    _prev: ActionState<T> | undefined,
    raw: unknown,
  ): Promise<ActionState<T>> {
    const input = toInput(raw);
    try {
      // The one guard (lib/auth/viewer.ts `checkGuard`), on this request's session check.
      const viewer = checkGuard(await getViewer(), opts.guard);
      const parsed = opts.schema.safeParse(input);
      if (!parsed.success) {
        const flat = z.flattenError(parsed.error);
        return {
          ok: false,
          code: 'BAD_REQUEST',
          formError: flat.formErrors[0],
          fieldErrors: flat.fieldErrors as Record<string, string[]>,
          values: echoValues(input),
        };
      }
      const result = await body(parsed.data, { viewer });
      return result ?? { ok: true };
    } catch (err) {
      if (isRedirectOrNotFound(err)) throw err;
      if (isAppError(err)) {
        return {
          ok: false,
          code: err.code,
          formError: err.fieldErrors ? undefined : err.message,
          fieldErrors: err.fieldErrors,
          values: echoValues(input),
          retryAfter: err.retryAfter,
        };
      }
      logger.error({ err, action: opts.name }, 'server action failed');
      return {
        ok: false,
        code: 'INTERNAL',
        formError: 'Errors.generic',
        values: echoValues(input),
      };
    }
  };
}

/** next/navigation's redirect() and notFound() work by throwing; they must pass through. */
function isRedirectOrNotFound(err: unknown): boolean {
  const digest = (err as { digest?: unknown } | null)?.digest;
  return (
    typeof digest === 'string' &&
    (digest.startsWith('NEXT_REDIRECT') || digest.startsWith('NEXT_HTTP_ERROR_FALLBACK'))
  );
}
