import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

import { pool } from '@/db';
import { loadActions, rowCounts } from '@/tests/support/action-modules';
import { runAction } from '@/tests/support/actions';
import {
  createTestUser,
  SESSION_COOKIE,
  sessionToken,
  sessionVersionOf,
} from '@/tests/support/auth-users';
import { replaceCookies, resetRequest, setClientIp } from '@/tests/support/next-headers';

const counts = () => rowCounts((sql) => pool.query(sql));

const MALFORMED: unknown[] = [
  {},
  { userId: 42, courseId: ['a', 'b'], role: { x: 1 }, email: 7, password: null },
  {
    userId: 'x'.repeat(10_000),
    courseId: 'y'.repeat(10_000),
    title: 'z'.repeat(10_000),
    reason: '字'.repeat(10_000),
    email: 'e'.repeat(10_000),
  },
];

async function signInAs(role: 'learner' | 'creator') {
  const user = await createTestUser({ role });
  resetRequest();
  setClientIp('100.72.0.9');
  replaceCookies([
    { name: SESSION_COOKIE, value: await sessionToken(user.id, await sessionVersionOf(user.id)) },
  ]);
  return user;
}

beforeEach(() => resetRequest());

describe('privileged actions called directly', async () => {
  const admin = await loadActions('lib/actions/admin');
  const studio = await loadActions('lib/actions/studio');

  it('finds the actions it guards (a new file is picked up automatically)', () => {
    expect(admin.map((a) => a.name)).toEqual(
      expect.arrayContaining(['setUserRoleAction', 'suspendUserAction', 'unsuspendUserAction']),
    );
    expect(studio.map((a) => a.name)).toContain('updateCourseDetailsAction');
  });

  it.each(admin.map((a) => [`${a.file}#${a.name}`, a] as const))(
    'ACCESS-4: %s refuses anonymous, learner and creator callers and writes nothing',
    async (_label, a) => {
      for (const who of ['anonymous', 'learner', 'creator'] as const) {
        if (who === 'anonymous') resetRequest();
        else await signInAs(who);
        for (const input of MALFORMED) {
          const before = await counts();
          const out = await runAction(a.fn as never, input as object);
          expect(out.redirect).toBeUndefined();
          expect(out.state).toMatchObject({
            ok: false,
            code: who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
          });
          expect(await counts()).toEqual(before);
        }
      }
    },
  );

  it.each(studio.map((a) => [`${a.file}#${a.name}`, a] as const))(
    'NEXT-2: %s refuses anonymous and learner callers and writes nothing',
    async (_label, a) => {
      for (const who of ['anonymous', 'learner'] as const) {
        if (who === 'anonymous') resetRequest();
        else await signInAs(who);
        for (const input of MALFORMED) {
          const before = await counts();
          const out = await runAction(a.fn as never, input as object);
          expect(out.state).toMatchObject({
            ok: false,
            code: who === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
          });
          expect(await counts()).toEqual(before);
        }
      }
    },
  );
});

describe('every server action with no session and malformed input', async () => {
  const all = await loadActions('lib/actions');

  it.each(all.map((a) => [`${a.file}#${a.name}`, a] as const))(
    'NEXT-2: %s answers with a typed refusal, never an exception or a write',
    async (_label, a) => {
      for (const input of MALFORMED) {
        resetRequest();
        const before = await counts();
        const out = await runAction(a.fn as never, input as object);
        // Signing out when nobody is signed in may redirect; everything else refuses.
        if (out.redirect === undefined) {
          expect(out.state).toMatchObject({ ok: false });
          expect(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_REQUEST', 'NOT_FOUND']).toContain(
            (out.state as { code?: string }).code,
          );
        }
        expect(await counts()).toEqual(before);
      }
    },
  );
});
