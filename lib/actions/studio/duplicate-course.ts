'use server';

import { redirect } from 'next/navigation';

import { action } from '@/lib/actions/safe-action';
import { duplicateCourse } from '@/lib/data/studio-course-create';
import { courseIdSchema } from '@/lib/validation/studio-course';

/** A draft copy of the creator's own course (ACCESS-3); then the copy's editor. */
export const duplicateCourseAction = action(
  { schema: courseIdSchema, guard: 'creator', name: 'studio.duplicateCourse' },
  async ({ courseId }, { viewer }) => {
    const { id } = await duplicateCourse(viewer, courseId);
    redirect(`/studio/courses/${id}`);
  },
);
