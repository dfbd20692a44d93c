'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { setWishlisted } from '@/lib/data/wishlist';
import { setWishlistSchema } from '@/lib/validation/wishlist';

/** The heart on cards and course pages: a plain form post that also runs optimistically with JavaScript. */
export const setWishlistAction = action(
  { schema: setWishlistSchema, guard: 'user', name: 'wishlist.set' },
  async ({ courseId, wish }, { viewer }) => {
    const { slug } = await setWishlisted(viewer, courseId, wish === 'on');
    revalidatePath('/wishlist');
    if (slug) revalidatePath(`/courses/${slug}`);
    return {
      ok: true,
      message: wish === 'on' ? 'Library.wishlist.added' : 'Library.wishlist.removed',
    };
  },
);
