'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { deleteComment } from '@/lib/data/lesson-questions';
import { deleteCommentSchema } from '@/lib/validation/questions';

/** The author removes their own question or answer. */
export const deleteCommentAction = action(
  { schema: deleteCommentSchema, guard: 'user', name: 'learning.deleteComment' },
  async ({ commentId }, { viewer }) => {
    await deleteComment(viewer, commentId);
    // Lesson pages are per-viewer and dynamic: refreshing the /learn tree re-renders the Q&A.
    revalidatePath('/learn', 'layout');
    return { ok: true, message: 'Learn.qa.deleted' };
  },
);
