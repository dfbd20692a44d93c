'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { postComment } from '@/lib/data/lesson-questions';
import { postCommentSchema } from '@/lib/validation/questions';

/** Asks a question on a lesson, or answers one (parentId). */
export const postCommentAction = action(
  { schema: postCommentSchema, guard: 'user', name: 'learning.postComment' },
  async (input, { viewer }) => {
    await postComment(viewer, input);
    // Lesson pages are per-viewer and dynamic: refreshing the /learn tree re-renders the Q&A.
    revalidatePath('/learn', 'layout');
    return { ok: true, message: input.parentId ? 'Learn.qa.answered' : 'Learn.qa.asked' };
  },
);
