'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import type { Curriculum } from '@/lib/data/studio-curriculum';
import { deleteSection } from '@/lib/data/studio-curriculum-edit';
import { deleteSectionSchema } from '@/lib/validation/studio-curriculum';

/** Deletes a section and its lessons from the creator's own course. Returns the fresh curriculum; a stale version is CONFLICT (ACCESS-3 via the DAL). */
export const deleteSectionAction = action<typeof deleteSectionSchema, 'creator', Curriculum>(
  { schema: deleteSectionSchema, guard: 'creator', name: 'studio.deleteSection' },
  async (input, { viewer }) => {
    const seen = { courseId: input.courseId, version: input.version };
    const data = await deleteSection(viewer, seen, input.sectionId);
    revalidatePath(`/studio/courses/${input.courseId}/curriculum`);
    return { ok: true, data };
  },
);
