import { z } from 'zod';

import { COURSE_REVIEW_REASONS } from '@/lib/course-review-reasons';
import { idField } from '@/lib/validation/fields';

export const moveCourseStatusSchema = z.object({
  courseId: idField,
  move: z.enum(['unpublish', 'archive'], { error: 'Validation.invalid' }),
});

export const decideCourseReviewSchema = z.object({
  courseId: idField,
  decision: z.enum(['approve', 'reject'], { error: 'Validation.invalid' }),
  // The form's empty option means "no reason chosen": the data layer says a rejection needs one.
  reason: z
    .union([z.enum(COURSE_REVIEW_REASONS), z.literal('')], { error: 'Validation.invalid' })
    .default('')
    .transform((r) => r || null),
  note: z
    .string({ error: 'Validation.invalid' })
    .trim()
    .max(1000, 'Validation.tooLong')
    .default(''),
});
