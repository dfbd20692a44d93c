'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { requireRole } from '@/lib/auth/guards';
import { requestIp } from '@/lib/auth/request-context';
import { decideCourseReview } from '@/lib/data/course-review';
import { decideCourseReviewSchema } from '@/lib/validation/studio-publishing';

/** Approves (publishes and indexes) or rejects (with a reason and a note) a course in review; audited. */
export const decideCourseReviewAction = action(
  { schema: decideCourseReviewSchema, guard: 'admin', name: 'admin.decideCourseReview' },
  async ({ courseId, decision, reason, note }) => {
    const admin = await requireRole('admin');
    await decideCourseReview(
      admin,
      courseId,
      decision === 'approve' ? { decision, note } : { decision, reason, note },
      await requestIp(),
    );
    revalidatePath('/');
    revalidatePath('/search');
    return {
      ok: true,
      message:
        decision === 'approve' ? 'StudioBuilder.review.approved' : 'StudioBuilder.review.rejected',
    };
  },
);
