'use server';

import { redirect } from 'next/navigation';

import { action } from '@/lib/actions/safe-action';
import { createCourse } from '@/lib/data/studio-course-create';
import { createCourseSchema } from '@/lib/validation/studio-course';

/** A new draft owned by the signed-in creator; then its editor. */
export const createCourseAction = action(
  { schema: createCourseSchema, guard: 'creator', name: 'studio.createCourse' },
  async (input, { viewer }) => {
    const { id } = await createCourse(viewer, input);
    redirect(`/studio/courses/${id}`);
  },
);
