'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { deleteReview } from '@/lib/data/reviews';
import { deleteReviewSchema } from '@/lib/validation/reviews';

/** The author removes their own review; the course's rating is recomputed in the same transaction. */
export const deleteReviewAction = action(
  { schema: deleteReviewSchema, guard: 'user', name: 'reviews.delete' },
  async ({ courseId }, { viewer }) => {
    const { slug } = await deleteReview(viewer, courseId);
    revalidatePath(`/courses/${slug}`);
    return { ok: true, message: 'Course.review.deleted' };
  },
);
