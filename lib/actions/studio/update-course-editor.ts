'use server';

import { revalidatePath } from 'next/cache';

import { action } from '@/lib/actions/safe-action';
import { updateCourseEditor } from '@/lib/data/studio-course-editor';
import { courseEditorSchema } from '@/lib/validation/studio-course';

/** Saves the course editor (allow-listed fields only, ACCESS-3) of the creator's own course. */
export const updateCourseEditorAction = action(
  { schema: courseEditorSchema, guard: 'creator', name: 'studio.updateCourseEditor' },
  async (input, { viewer }) => {
    const { slug, oldSlug } = await updateCourseEditor(viewer, input);
    revalidatePath(`/studio/courses/${input.courseId}`);
    revalidatePath(`/courses/${slug}`);
    if (oldSlug !== slug) revalidatePath(`/courses/${oldSlug}`);
    return { ok: true, message: 'StudioBuilder.editor.saved' };
  },
);
