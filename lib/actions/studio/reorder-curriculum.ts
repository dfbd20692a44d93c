'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import type { Curriculum } from '@/lib/data/studio-curriculum';
import { reorderCurriculum } from '@/lib/data/studio-curriculum-order';
import { reorderCurriculumSchema } from '@/lib/validation/studio-curriculum';

/** Saves the full order of sections and lessons (drag and drop or keyboard). Returns the fresh curriculum; a stale version is CONFLICT (ACCESS-3 via the DAL). */
export const reorderCurriculumAction = action<
  typeof reorderCurriculumSchema,
  'creator',
  Curriculum
>(
  { schema: reorderCurriculumSchema, guard: 'creator', name: 'studio.reorderCurriculum' },
  async (input, { viewer }) => {
    const seen = { courseId: input.courseId, version: input.version };
    const data = await reorderCurriculum(viewer, seen, input.sections);
    revalidatePath(`/studio/courses/${input.courseId}/curriculum`);
    return { ok: true, data };
  },
);
