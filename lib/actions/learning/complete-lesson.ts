'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { saveLessonProgress } from '@/lib/data/progress';
import { completeLessonSchema } from '@/lib/validation/learning';

/** "Mark complete" on the lesson page; works as a plain form. Completion is never undone. */
export const completeLessonAction = action(
  { schema: completeLessonSchema, guard: 'user', name: 'learning.completeLesson' },
  async ({ lessonId, positionSec }, { viewer }) => {
    const saved = await saveLessonProgress(viewer, { lessonId, positionSec, completed: true });
    revalidatePath('/learn', 'layout');
    revalidatePath('/library');
    return { ok: true, message: 'Learn.completedMessage', data: saved };
  },
);
