import { describe, expect, it } from 'vitest';

import { checkGuard, type Viewer } from '@/lib/auth/viewer';
import { isAppError } from '@/lib/errors';

const as = (role: Viewer['role']): Viewer => ({
  id: role,
  role,
  name: role,
  email: `${role}@test.local`,
  emailVerified: true,
  locale: 'en',
});

function outcome(viewer: Viewer | null, guard: Parameters<typeof checkGuard>[1]): string {
  try {
    return checkGuard(viewer, guard)?.id ?? 'null';
  } catch (err) {
    if (isAppError(err)) return `${err.code}:${err.message}`;
    throw err;
  }
}

describe('checkGuard (the role ladder)', () => {
  it('ACCESS-4: lets each rank through exactly the guards at or below it', () => {
    const viewers = [null, as('learner'), as('creator'), as('admin')];
    const table = Object.fromEntries(
      (['public', 'user', 'learner', 'creator', 'admin'] as const).map((g) => [
        g,
        viewers.map((v) => outcome(v, g)),
      ]),
    );
    const anon = 'UNAUTHENTICATED:Errors.signInRequired';
    const no = 'FORBIDDEN:Errors.forbidden';
    expect(table).toEqual({
      public: ['null', 'learner', 'creator', 'admin'],
      user: [anon, 'learner', 'creator', 'admin'],
      learner: [anon, 'learner', 'creator', 'admin'],
      creator: [anon, no, 'creator', 'admin'],
      admin: [anon, no, no, 'admin'],
    });
  });
});
