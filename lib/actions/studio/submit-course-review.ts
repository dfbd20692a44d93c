'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { submitCourseForReview, type PublishCheck } from '@/lib/data/studio-publishing';
import { courseIdSchema } from '@/lib/validation/studio-course';

/** Sends the creator's own course to review (or live, when the review policy trusts them), or returns the checklist of what is missing. */
export const submitCourseReviewAction = action<
  typeof courseIdSchema,
  'creator',
  { missing: PublishCheck[] }
>(
  { schema: courseIdSchema, guard: 'creator', name: 'studio.submitCourseReview' },
  async ({ courseId }, { viewer }) => {
    const { submitted, published, missing } = await submitCourseForReview(viewer, courseId);
    if (!submitted) {
      return { ok: false, code: 'BAD_REQUEST', formError: 'StudioBuilder.publish.incomplete' };
    }
    revalidatePath(`/studio/courses/${courseId}`);
    if (published) {
      revalidatePath('/');
      revalidatePath('/search');
    }
    return {
      ok: true,
      message: published
        ? 'StudioBuilder.publish.publishedDirectly'
        : 'StudioBuilder.publish.submitted',
      data: { missing },
    };
  },
);
