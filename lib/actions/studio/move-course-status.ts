'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { moveCourseStatus } from '@/lib/data/studio-publishing';
import { moveCourseStatusSchema } from '@/lib/validation/studio-publishing';

/** Unpublish (→ draft) or archive the creator's own course; learners keep their access. */
export const moveCourseStatusAction = action(
  { schema: moveCourseStatusSchema, guard: 'creator', name: 'studio.moveCourseStatus' },
  async ({ courseId, move }, { viewer }) => {
    await moveCourseStatus(viewer, courseId, move);
    revalidatePath('/studio/courses');
    revalidatePath(`/studio/courses/${courseId}`);
    return {
      ok: true,
      message:
        move === 'archive' ? 'StudioBuilder.status.archived' : 'StudioBuilder.status.unpublished',
    };
  },
);
