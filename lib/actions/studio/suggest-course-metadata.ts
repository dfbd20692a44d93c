'use server';

import { action } from '@/lib/actions/safe-action';
import { suggestForCourse, type CourseSuggestions } from '@/lib/data/studio-suggest';
import { courseSuggestSchema } from '@/lib/validation/studio-suggest';

/** The editor's suggestion query: categories and tags for the draft text of the creator's own course. */
export const suggestCourseMetadataAction = action<
  typeof courseSuggestSchema,
  'creator',
  CourseSuggestions
>(
  { schema: courseSuggestSchema, guard: 'creator', name: 'studio.suggestCourseMetadata' },
  async (input, { viewer }) => ({ ok: true, data: await suggestForCourse(viewer, input) }),
);
