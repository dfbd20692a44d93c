'use server';

import { action } from '@/lib/actions/safe-action';
import { getCurriculum, type Curriculum } from '@/lib/data/studio-curriculum';
import { curriculumQuerySchema } from '@/lib/validation/studio-curriculum';

/** The builder's query function: the creator's own curriculum, fresh (after a conflict, say). */
export const loadCurriculumAction = action<typeof curriculumQuerySchema, 'creator', Curriculum>(
  { schema: curriculumQuerySchema, guard: 'creator', name: 'studio.loadCurriculum' },
  async ({ courseId }, { viewer }) => ({ ok: true, data: await getCurriculum(viewer, courseId) }),
);
