'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { replyToReview } from '@/lib/data/reviews';
import { replyReviewSchema } from '@/lib/validation/reviews';

/** The course's creator answers a review, once. */
export const replyReviewAction = action(
  { schema: replyReviewSchema, guard: 'creator', name: 'reviews.reply' },
  async ({ reviewId, body }, { viewer }) => {
    const { slug } = await replyToReview(viewer, reviewId, body);
    revalidatePath(`/courses/${slug}`);
    return { ok: true, message: 'Course.review.replied' };
  },
);
