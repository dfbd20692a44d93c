'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import type { Curriculum } from '@/lib/data/studio-curriculum';
import { addSection } from '@/lib/data/studio-curriculum-edit';
import { addSectionSchema } from '@/lib/validation/studio-curriculum';

/** Adds a section to the creator's own course. Returns the fresh curriculum; a stale version is CONFLICT (ACCESS-3 via the DAL). */
export const addSectionAction = action<typeof addSectionSchema, 'creator', Curriculum>(
  { schema: addSectionSchema, guard: 'creator', name: 'studio.addSection' },
  async (input, { viewer }) => {
    const seen = { courseId: input.courseId, version: input.version };
    const data = await addSection(viewer, seen, input.title);
    revalidatePath(`/studio/courses/${input.courseId}/curriculum`);
    return { ok: true, data };
  },
);
