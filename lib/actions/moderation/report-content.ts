'use server';

import { action } from '@/lib/actions/safe-action';
import { reportContent } from '@/lib/data/reports';
import { reportContentSchema } from '@/lib/validation/reviews';

/** Anyone signed in queues a review, comment, course or profile for moderator review. */
export const reportContentAction = action(
  { schema: reportContentSchema, guard: 'user', name: 'moderation.report' },
  async (input, { viewer }) => {
    await reportContent(viewer, input);
    // A repeated report answers the same: the reporter learns nothing about other reports.
    return { ok: true, message: 'Course.review.reported' };
  },
);
