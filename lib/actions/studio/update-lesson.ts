'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import type { Curriculum } from '@/lib/data/studio-curriculum';
import { updateLesson } from '@/lib/data/studio-curriculum-edit';
import { updateLessonSchema } from '@/lib/validation/studio-curriculum';

/** Saves a lesson's title, preview flag, body and captions. Returns the fresh curriculum; a stale version is CONFLICT (ACCESS-3 via the DAL). */
export const updateLessonAction = action<typeof updateLessonSchema, 'creator', Curriculum>(
  { schema: updateLessonSchema, guard: 'creator', name: 'studio.updateLesson' },
  async (input, { viewer }) => {
    const seen = { courseId: input.courseId, version: input.version };
    const data = await updateLesson(viewer, seen, input);
    revalidatePath(`/studio/courses/${input.courseId}/curriculum`);
    return { ok: true, data };
  },
);
