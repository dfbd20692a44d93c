'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import type { Curriculum } from '@/lib/data/studio-curriculum';
import { addLesson } from '@/lib/data/studio-curriculum-edit';
import { addLessonSchema } from '@/lib/validation/studio-curriculum';

/** Adds a lesson to a section of the creator's own course. Returns the fresh curriculum; a stale version is CONFLICT (ACCESS-3 via the DAL). */
export const addLessonAction = action<typeof addLessonSchema, 'creator', Curriculum>(
  { schema: addLessonSchema, guard: 'creator', name: 'studio.addLesson' },
  async (input, { viewer }) => {
    const seen = { courseId: input.courseId, version: input.version };
    const data = await addLesson(viewer, seen, input);
    revalidatePath(`/studio/courses/${input.courseId}/curriculum`);
    return { ok: true, data };
  },
);
