'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import type { Curriculum } from '@/lib/data/studio-curriculum';
import { attachLessonMedia } from '@/lib/data/studio-curriculum-media';
import { attachLessonMediaSchema } from '@/lib/validation/studio-curriculum';

/** Attaches one of the creator's ready uploads to a lesson of their course. Returns the fresh curriculum; a stale version is CONFLICT (ACCESS-3 via the DAL). */
export const attachLessonMediaAction = action<
  typeof attachLessonMediaSchema,
  'creator',
  Curriculum
>(
  { schema: attachLessonMediaSchema, guard: 'creator', name: 'studio.attachLessonMedia' },
  async (input, { viewer }) => {
    const seen = { courseId: input.courseId, version: input.version };
    const data = await attachLessonMedia(viewer, seen, input.lessonId, input.mediaId);
    revalidatePath(`/studio/courses/${input.courseId}/curriculum`);
    return { ok: true, data };
  },
);
