import { z } from 'zod';

import { COURSE_LANGUAGES, COURSE_LEVELS } from '@/db/schema';
import { idField, optionalText, requiredText } from '@/lib/validation/fields';

/** Allow-lists for the studio course forms (ACCESS-3): unknown keys are dropped by the parser. */

export const courseTitleField = requiredText(120, 'Validation.titleTooLong').refine(
  (v) => v.length >= 3,
  'Validation.titleTooShort',
);

export const createCourseSchema = z.object({
  title: courseTitleField,
  categoryId: idField,
  language: z.enum(COURSE_LANGUAGES, { error: 'Validation.languageInvalid' }),
});
export type CreateCourseInput = z.output<typeof createCourseSchema>;

export const courseIdSchema = z.object({ courseId: idField });

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_TAGS = 10;

/** Tags arrive as one comma-separated field; names are trimmed, de-duplicated, at most ten. */
export const tagsField = z
  .string({ error: 'Validation.invalid' })
  .optional()
  .default('')
  .transform((v) => [
    ...new Set(
      v
        .split(/[,，\n]/)
        .map((t) => t.trim().replace(/\s+/g, ' '))
        .filter(Boolean),
    ),
  ])
  .pipe(
    z
      .array(z.string().max(64, 'StudioBuilder.errors.tagTooLong'))
      .max(MAX_TAGS, 'StudioBuilder.errors.tooManyTags'),
  );

export const courseEditorSchema = z.object({
  courseId: idField,
  title: courseTitleField,
  slug: z
    .string({ error: 'Validation.required' })
    .trim()
    .toLowerCase()
    .min(3, 'StudioBuilder.errors.slugInvalid')
    .max(120, 'StudioBuilder.errors.slugInvalid')
    .regex(SLUG_PATTERN, 'StudioBuilder.errors.slugInvalid'),
  subtitle: optionalText(200),
  description: optionalText(20_000),
  categoryId: idField,
  tags: tagsField,
  level: z.enum(COURSE_LEVELS, { error: 'Validation.levelInvalid' }),
  language: z.enum(COURSE_LANGUAGES, { error: 'Validation.languageInvalid' }),
  outcomes: optionalText(5_000),
  requirements: optionalText(5_000),
});
export type CourseEditorInput = z.output<typeof courseEditorSchema>;
