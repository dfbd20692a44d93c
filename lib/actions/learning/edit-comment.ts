'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { editComment } from '@/lib/data/lesson-questions';
import { editCommentSchema } from '@/lib/validation/questions';

/** The author edits their own question or answer. */
export const editCommentAction = action(
  { schema: editCommentSchema, guard: 'user', name: 'learning.editComment' },
  async ({ commentId, body }, { viewer }) => {
    await editComment(viewer, commentId, body);
    // Lesson pages are per-viewer and dynamic: refreshing the /learn tree re-renders the Q&A.
    revalidatePath('/learn', 'layout');
    return { ok: true, message: 'Learn.qa.editSaved' };
  },
);
