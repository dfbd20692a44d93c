import { NextRequest } from 'next/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));

import { action } from '@/lib/actions/safe-action';
import { route } from '@/lib/api/route';
import { requirePageRole } from '@/lib/auth/guards';
import type { Guard } from '@/lib/auth/viewer';
import { runAction } from '@/tests/support/actions';
import {
  createTestUser,
  SESSION_COOKIE,
  sessionToken,
  sessionVersionOf,
} from '@/tests/support/auth-users';
import { replaceCookies, resetRequest } from '@/tests/support/next-headers';

type Who = 'visitor' | 'learner' | 'creator' | 'admin';
const WHO: Who[] = ['visitor', 'learner', 'creator', 'admin'];
const GUARDS: Exclude<Guard, 'public'>[] = ['user', 'creator', 'admin'];

/** Who each guard lets in: the ladder, written out by hand so the test does not reuse it. */
const ALLOWED: Record<Exclude<Guard, 'public'>, Who[]> = {
  user: ['learner', 'creator', 'admin'],
  creator: ['creator', 'admin'],
  admin: ['admin'],
};

async function signInAs(who: Who) {
  resetRequest();
  if (who === 'visitor') return null;
  const user = await createTestUser({ role: who });
  replaceCookies([
    { name: SESSION_COOKIE, value: await sessionToken(user.id, await sessionVersionOf(user.id)) },
  ]);
  return user;
}

const refusal = (who: Who) => (who === 'visitor' ? 'UNAUTHENTICATED' : 'FORBIDDEN');

beforeEach(() => resetRequest());

describe('one guard for pages, actions and routes', () => {
  it.each(GUARDS)(
    'ACCESS-4: route({ guard: %s }) answers 401/403 with a translated key, or runs the handler',
    async (guard) => {
      const GET = route({ guard }, async ({ viewer }) => Response.json({ id: viewer.id }));
      for (const who of WHO) {
        const user = await signInAs(who);
        const res = await GET(new NextRequest('http://localhost:3000/api/x'), {
          params: Promise.resolve({}),
        });
        if (ALLOWED[guard].includes(who)) {
          expect(res.status, who).toBe(200);
          expect(await res.json()).toEqual({ id: user!.id });
        } else {
          expect(res.status, who).toBe(who === 'visitor' ? 401 : 403);
          const key = who === 'visitor' ? 'Errors.signInRequired' : 'Errors.forbidden';
          const text = who === 'visitor' ? 'Please sign in to continue.' : /permission/;
          const body = (await res.json()) as {
            error: { code: string; key: string; message: string };
          };
          expect(body.error).toMatchObject({ code: refusal(who), key });
          expect(body.error.message).toMatch(text);
        }
      }
    },
  );

  it.each(GUARDS)(
    'ACCESS-4: action({ guard: %s }) returns the refusal as a form error, or runs the body',
    async (guard) => {
      const run = action({ schema: z.object({}), guard }, async (_input, { viewer }) => ({
        ok: true,
        data: viewer.id,
      }));
      for (const who of WHO) {
        const user = await signInAs(who);
        const out = await runAction(run, {});
        if (ALLOWED[guard].includes(who))
          expect(out.state, who).toEqual({ ok: true, data: user!.id });
        else
          expect(out.state, who).toMatchObject({
            ok: false,
            code: refusal(who),
            formError: who === 'visitor' ? 'Errors.signInRequired' : 'Errors.forbidden',
          });
      }
    },
  );

  it.each(GUARDS)(
    'ACCESS-4: requirePageRole(%s) sends visitors to sign-in and the wrong role to /forbidden',
    async (guard) => {
      const role = guard === 'user' ? 'user' : guard;
      for (const who of WHO) {
        const user = await signInAs(who);
        const outcome = await requirePageRole(role, '/studio/x').then(
          (v) => `viewer:${v.id}`,
          (err: { digest?: string }) => `redirect:${String(err.digest).split(';')[2]}`,
        );
        if (ALLOWED[guard].includes(who)) expect(outcome, who).toBe(`viewer:${user!.id}`);
        else if (who === 'visitor')
          expect(outcome).toBe(`redirect:/sign-in?callbackUrl=${encodeURIComponent('/studio/x')}`);
        else expect(outcome, who).toBe('redirect:/forbidden');
      }
    },
  );

  it('ACCESS-4: a public route runs for everyone, with the viewer when there is one', async () => {
    const GET = route({ guard: 'public' }, async ({ viewer }) =>
      Response.json({ id: viewer?.id ?? null }),
    );
    for (const who of WHO) {
      const user = await signInAs(who);
      const res = await GET(new NextRequest('http://localhost:3000/api/x'), {
        params: Promise.resolve({}),
      });
      expect(await res.json()).toEqual({ id: user?.id ?? null });
    }
  });
});
