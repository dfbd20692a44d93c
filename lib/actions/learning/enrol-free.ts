'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { enrolInFreeCourse } from '@/lib/data/enrollments';
import { enrolFreeSchema } from '@/lib/validation/learning';

/** Signed-in learner enrols in a published free course; repeating it is harmless. */
export const enrolFreeAction = action(
  { schema: enrolFreeSchema, guard: 'user', name: 'learning.enrolFree' },
  async ({ courseId }, { viewer }) => {
    const { courseSlug } = await enrolInFreeCourse(viewer, courseId);
    // The course page and the library must show the enrolment on the next render.
    revalidatePath(`/courses/${courseSlug}`);
    revalidatePath('/library');
    return { ok: true, message: 'Course.enrolled' };
  },
);
