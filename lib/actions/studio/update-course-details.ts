'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { updateCourseDetails } from '@/lib/data/studio-courses';
import { updateCourseDetailsSchema } from '@/lib/validation/course-details';

/** Title, subtitle, description, level, language of the creator's own course (ACCESS-3). */
export const updateCourseDetailsAction = action(
  { schema: updateCourseDetailsSchema, guard: 'creator', name: 'studio.updateCourseDetails' },
  async ({ courseId, ...details }, { viewer }) => {
    const { slug } = await updateCourseDetails(viewer, courseId, details);
    revalidatePath(`/studio/courses/${courseId}`);
    revalidatePath(`/courses/${slug}`);
    return { ok: true, message: 'Studio.CourseDetails.saved' };
  },
);
