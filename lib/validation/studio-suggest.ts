import { z } from 'zod';

import { idField } from '@/lib/validation/fields';
import { tagsField } from '@/lib/validation/studio-course';

/** The editor's draft text (title, subtitle, description joined) and the tags it already has. */
export const courseSuggestSchema = z.object({
  courseId: idField,
  text: z.string({ error: 'Validation.invalid' }).trim().max(20_400, 'Validation.tooLong'),
  tags: tagsField,
});
export type CourseSuggestInput = z.output<typeof courseSuggestSchema>;
