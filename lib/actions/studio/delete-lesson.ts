'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import type { Curriculum } from '@/lib/data/studio-curriculum';
import { deleteLesson } from '@/lib/data/studio-curriculum-edit';
import { deleteLessonSchema } from '@/lib/validation/studio-curriculum';

/** Deletes a lesson of the creator's own course. Returns the fresh curriculum; a stale version is CONFLICT (ACCESS-3 via the DAL). */
export const deleteLessonAction = action<typeof deleteLessonSchema, 'creator', Curriculum>(
  { schema: deleteLessonSchema, guard: 'creator', name: 'studio.deleteLesson' },
  async (input, { viewer }) => {
    const seen = { courseId: input.courseId, version: input.version };
    const data = await deleteLesson(viewer, seen, input.lessonId);
    revalidatePath(`/studio/courses/${input.courseId}/curriculum`);
    return { ok: true, data };
  },
);
