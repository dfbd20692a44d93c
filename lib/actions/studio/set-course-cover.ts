'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { setCourseCover } from '@/lib/data/course-cover';
import { setCourseCoverSchema } from '@/lib/media/upload-cover';

/** Crops an uploaded image of the creator's own course into its cover (ACCESS-3, UPLOAD-2). */
export const setCourseCoverAction = action(
  { schema: setCourseCoverSchema, guard: 'creator', name: 'studio.setCourseCover' },
  async ({ courseId, mediaId, crop }, { viewer }) => {
    const { slug, ...urls } = await setCourseCover(viewer, courseId, mediaId, crop);
    revalidatePath(`/studio/courses/${courseId}`);
    revalidatePath(`/courses/${slug}`);
    return { ok: true, message: 'StudioMedia.cover.saved', data: urls };
  },
);
