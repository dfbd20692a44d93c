'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { saveReview } from '@/lib/data/reviews';
import { saveReviewSchema } from '@/lib/validation/reviews';

/** An enrolled learner writes or edits their one review of a course. */
export const saveReviewAction = action(
  { schema: saveReviewSchema, guard: 'user', name: 'reviews.save' },
  async (input, { viewer }) => {
    const { slug } = await saveReview(viewer, input);
    revalidatePath(`/courses/${slug}`);
    return { ok: true, message: 'Course.review.saved' };
  },
);
