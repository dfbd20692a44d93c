import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { db, pool } from '@/db';
import { users } from '@/db/schema';
import { getViewerForSession } from '@/lib/data/users';
import { createTestUser } from '@/tests/support/auth-users';

afterEach(() => vi.restoreAllMocks());

describe('session checks under load', () => {
  it('AUTH-4: checks that arrive together share one query and each is judged on its own', async () => {
    const [a, b, c] = await Promise.all([createTestUser(), createTestUser(), createTestUser()]);
    // Another process ended b's sessions a moment ago.
    await db
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(eq(users.id, b.id));
    await db.update(users).set({ status: 'suspended' }).where(eq(users.id, c.id));
    const queries = vi.spyOn(pool, 'query');
    const [va, vb, vc, none, again] = await Promise.all([
      getViewerForSession(a.id, 1),
      getViewerForSession(b.id, 1),
      getViewerForSession(c.id, 1),
      getViewerForSession('no-such-user', 1),
      getViewerForSession(a.id, 1),
    ]);
    expect(queries).toHaveBeenCalledTimes(1);
    expect(va?.id).toBe(a.id);
    expect(again?.id).toBe(a.id);
    expect(vb).toBeNull();
    expect(vc).toBeNull();
    expect(none).toBeNull();
  });

  it('AUTH-4: nothing is remembered between batches, so a change is seen by the very next check', async () => {
    const user = await createTestUser();
    expect((await getViewerForSession(user.id, 1))?.id).toBe(user.id);
    await db.update(users).set({ sessionVersion: 2 }).where(eq(users.id, user.id));
    expect(await getViewerForSession(user.id, 1)).toBeNull();
    expect((await getViewerForSession(user.id, 2))?.id).toBe(user.id);
  });
});
