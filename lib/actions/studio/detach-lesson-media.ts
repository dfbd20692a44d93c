'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import type { Curriculum } from '@/lib/data/studio-curriculum';
import { detachLessonMedia } from '@/lib/data/studio-curriculum-media';
import { detachLessonMediaSchema } from '@/lib/validation/studio-curriculum';

/** Removes the file from a lesson of the creator's own course. Returns the fresh curriculum; a stale version is CONFLICT (ACCESS-3 via the DAL). */
export const detachLessonMediaAction = action<
  typeof detachLessonMediaSchema,
  'creator',
  Curriculum
>(
  { schema: detachLessonMediaSchema, guard: 'creator', name: 'studio.detachLessonMedia' },
  async (input, { viewer }) => {
    const seen = { courseId: input.courseId, version: input.version };
    const data = await detachLessonMedia(viewer, seen, input.lessonId);
    revalidatePath(`/studio/courses/${input.courseId}/curriculum`);
    return { ok: true, data };
  },
);
