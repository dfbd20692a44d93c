import { eq, sql } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));

import { db, pool } from '@/db';
import { users } from '@/db/schema';
import { route } from '@/lib/api/route';
import { getViewerForSession } from '@/lib/data/users';
import {
  createTestUser,
  SESSION_COOKIE,
  sessionToken,
  sessionVersionOf,
} from '@/tests/support/auth-users';
import { replaceCookies, resetRequest } from '@/tests/support/next-headers';

beforeEach(() => resetRequest());
afterEach(() => vi.restoreAllMocks());

/** Statements that read a user's session version: the session check and nothing else. */
function sessionQueries(spy: { mock: { calls: unknown[][] } }): number {
  return spy.mock.calls.filter(([q]) => {
    const sql = (q as { sql?: unknown } | null)?.sql;
    const text = typeof q === 'string' ? q : typeof sql === 'string' ? sql : '';
    return text.includes('`session_version`') && text.includes('from `users`');
  }).length;
}

describe('session check', () => {
  it('AUTH-4: a matching session is accepted; a stale version, a suspended or a missing user is refused', async () => {
    const [ok, stale, suspended] = await Promise.all([
      createTestUser(),
      createTestUser(),
      createTestUser(),
    ]);
    // Another process ended these sessions a moment ago.
    await db
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, stale.id));
    await db.update(users).set({ status: 'suspended' }).where(eq(users.id, suspended.id));

    expect((await getViewerForSession(ok.id, 1))?.id).toBe(ok.id);
    expect(await getViewerForSession(stale.id, 1)).toBeNull();
    expect(await getViewerForSession(suspended.id, 1)).toBeNull();
    expect(await getViewerForSession('no-such-user', 1)).toBeNull();
  });

  it('AUTH-4: nothing is remembered between checks, so a change is seen by the very next one', async () => {
    const user = await createTestUser();
    expect((await getViewerForSession(user.id, 1))?.id).toBe(user.id);
    await db.update(users).set({ sessionVersion: 2 }).where(eq(users.id, user.id));
    expect(await getViewerForSession(user.id, 1)).toBeNull();
    expect((await getViewerForSession(user.id, 2))?.id).toBe(user.id);
  });

  it('AUTH-4: one signed-in request makes exactly one session query', async () => {
    const user = await createTestUser();
    replaceCookies([
      { name: SESSION_COOKIE, value: await sessionToken(user.id, await sessionVersionOf(user.id)) },
    ]);
    const GET = route({ guard: 'user' }, async ({ viewer }) => Response.json({ id: viewer.id }));
    const queries = vi.spyOn(pool, 'query');
    const res = await GET(new NextRequest('http://localhost:3000/api/x'), {
      params: Promise.resolve({}),
    });
    expect(await res.json()).toEqual({ id: user.id });
    expect(sessionQueries(queries)).toBe(1);
  });
});
