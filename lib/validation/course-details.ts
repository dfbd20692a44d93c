import { z } from 'zod';

import { COURSE_LANGUAGES, COURSE_LEVELS } from '@/db/schema';
import { idField, optionalText, requiredText } from '@/lib/validation/fields';

/**
 * Explicit allow-list for the course details form (ACCESS-3): anything else in the submission,
 * such as creatorId, status, isFeatured or priceMinor, is dropped by the parser.
 */
export const courseDetailsSchema = z.object({
  title: requiredText(120, 'Validation.titleTooLong').refine(
    (v) => v.length >= 3,
    'Validation.titleTooShort',
  ),
  subtitle: optionalText(200),
  description: requiredText(20_000),
  level: z.enum(COURSE_LEVELS, { error: 'Validation.levelInvalid' }),
  language: z.enum(COURSE_LANGUAGES, { error: 'Validation.languageInvalid' }),
});

export const updateCourseDetailsSchema = courseDetailsSchema.extend({ courseId: idField });

export type CourseDetailsInput = z.output<typeof courseDetailsSchema>;
