'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import type { Curriculum } from '@/lib/data/studio-curriculum';
import { renameSection } from '@/lib/data/studio-curriculum-edit';
import { renameSectionSchema } from '@/lib/validation/studio-curriculum';

/** Renames a section of the creator's own course. Returns the fresh curriculum; a stale version is CONFLICT (ACCESS-3 via the DAL). */
export const renameSectionAction = action<typeof renameSectionSchema, 'creator', Curriculum>(
  { schema: renameSectionSchema, guard: 'creator', name: 'studio.renameSection' },
  async (input, { viewer }) => {
    const seen = { courseId: input.courseId, version: input.version };
    const data = await renameSection(viewer, seen, input.sectionId, input.title);
    revalidatePath(`/studio/courses/${input.courseId}/curriculum`);
    return { ok: true, data };
  },
);
