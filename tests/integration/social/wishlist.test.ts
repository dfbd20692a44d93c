import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('next/headers', () => import('@/tests/support/next-headers'));
vi.mock('next/cache', () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
}));

import { db } from '@/db';
import { courses, wishlistItems } from '@/db/schema';
import { setWishlistAction } from '@/lib/actions/wishlist/set-wishlist';
import { loadSignals } from '@/lib/data/recs-source';
import { getWishlistedIds, listWishlist, setWishlisted } from '@/lib/data/wishlist';
import { runAction } from '@/tests/support/actions';
import {
  createTestUser,
  SESSION_COOKIE,
  sessionToken,
  sessionVersionOf,
} from '@/tests/support/auth-users';
import { makeCourse, makeUser } from '@/tests/support/dashboard-fixtures';
import { replaceCookies, resetRequest } from '@/tests/support/next-headers';

async function rowsOf(userId: string) {
  return db.select().from(wishlistItems).where(eq(wishlistItems.userId, userId));
}

beforeEach(() => resetRequest());

describe('wishlist', () => {
  it('adds once (idempotent), removes, and lists public courses only', async () => {
    const creator = await makeUser('creator');
    const learner = await makeUser('learner');
    const a = await makeCourse(creator.id, { title: 'Alpha' });
    const b = await makeCourse(creator.id, { title: 'Beta' });
    await setWishlisted(learner, a, true);
    await setWishlisted(learner, a, true);
    await setWishlisted(learner, b, true);
    expect(await rowsOf(learner.id)).toHaveLength(2);
    // A course archived later disappears from the page but can still be removed.
    await db.update(courses).set({ status: 'archived' }).where(eq(courses.id, b));
    expect((await listWishlist(learner.id, 'en')).map((c) => c.id)).toEqual([a]);
    await setWishlisted(learner, b, false);
    expect((await rowsOf(learner.id)).map((r) => r.courseId)).toEqual([a]);
    expect((await getWishlistedIds(learner.id)).has(a)).toBe(true);
  });

  it('ACCESS-6: a draft or unknown course cannot be wishlisted', async () => {
    const creator = await makeUser('creator');
    const learner = await makeUser('learner');
    const draft = await makeCourse(creator.id, { status: 'draft' });
    await expect(setWishlisted(learner, draft, true)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await rowsOf(learner.id)).toHaveLength(0);
  });

  it('the heart posts as a plain form (FormData) and needs a signed-in user', async () => {
    const creator = await makeUser('creator');
    const courseId = await makeCourse(creator.id);
    const visitor = await runAction(setWishlistAction, { courseId, wish: 'on' });
    expect(visitor.state).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    const user = await createTestUser();
    replaceCookies([
      { name: SESSION_COOKIE, value: await sessionToken(user.id, await sessionVersionOf(user.id)) },
    ]);
    const on = await runAction(setWishlistAction, { courseId, wish: 'on' });
    expect(on.state).toMatchObject({ ok: true });
    expect(await rowsOf(user.id)).toHaveLength(1);
    const off = await runAction(setWishlistAction, { courseId, wish: 'off' });
    expect(off.state).toMatchObject({ ok: true });
    expect(await rowsOf(user.id)).toHaveLength(0);
  });

  it('a wishlisted course is a recommendation signal', async () => {
    const creator = await makeUser('creator');
    const learner = await makeUser('learner');
    const courseId = await makeCourse(creator.id);
    await setWishlisted(learner, courseId, true);
    const signals = await loadSignals(new Date());
    expect(signals).toContainEqual(
      expect.objectContaining({ userId: learner.id, courseId, kind: 'wishlist' }),
    );
  });
});
