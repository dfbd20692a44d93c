import { z } from 'zod';

import { idField } from '@/lib/validation/fields';

export const moveCourseStatusSchema = z.object({
  courseId: idField,
  move: z.enum(['unpublish', 'archive'], { error: 'Validation.invalid' }),
});

export const decideCourseReviewSchema = z.object({
  courseId: idField,
  decision: z.enum(['approve', 'reject'], { error: 'Validation.invalid' }),
  note: z
    .string({ error: 'Validation.invalid' })
    .trim()
    .max(1000, 'Validation.tooLong')
    .default(''),
});
