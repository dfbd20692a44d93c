import { z } from 'zod';

import { LESSON_KINDS } from '@/db/schema/catalog';
import { idField, requiredText } from '@/lib/validation/fields';

/** Allow-lists for the curriculum builder; every mutation carries the version it saw. */

export const MAX_CAPTIONS_BYTES = 512 * 1024;
export const MAX_ARTICLE_CHARS = 100_000;

const version = z.coerce.number({ error: 'Validation.invalid' }).int().min(0);
const base = { courseId: idField, version };
const title = requiredText(120, 'Validation.titleTooLong');

export const addSectionSchema = z.object({ ...base, title });
export const renameSectionSchema = z.object({ ...base, sectionId: idField, title });
export const deleteSectionSchema = z.object({ ...base, sectionId: idField });

export const addLessonSchema = z.object({
  ...base,
  sectionId: idField,
  title,
  kind: z.enum(LESSON_KINDS, { error: 'Validation.invalid' }),
});

/** WebVTT: a "WEBVTT" header (after an optional BOM), under the size limit; '' removes captions. */
export const captionsField = z
  .string({ error: 'Validation.invalid' })
  .refine(
    (v) => new TextEncoder().encode(v).length <= MAX_CAPTIONS_BYTES,
    'StudioBuilder.errors.captionsTooLarge',
  )
  .refine(
    (v) => v.trim() === '' || /^\uFEFF?WEBVTT(?:[ \t][^\r\n]*)?(?:\r?\n|$)/.test(v),
    'StudioBuilder.errors.captionsInvalid',
  )
  .transform((v) => (v.trim() === '' ? null : v));

export const updateLessonSchema = z.object({
  ...base,
  lessonId: idField,
  title,
  isPreview: z.boolean({ error: 'Validation.invalid' }),
  body: z
    .string({ error: 'Validation.invalid' })
    .max(MAX_ARTICLE_CHARS, 'Validation.tooLong')
    .transform((v) => (v.trim() === '' ? null : v)),
  captionsVtt: captionsField.optional(),
});
export type UpdateLessonInput = z.output<typeof updateLessonSchema>;

export const deleteLessonSchema = z.object({ ...base, lessonId: idField });

export const reorderCurriculumSchema = z.object({
  ...base,
  sections: z.array(z.object({ id: idField, lessonIds: z.array(idField).max(500) })).max(200),
});
export type CurriculumOrder = z.output<typeof reorderCurriculumSchema>['sections'];

export const attachLessonMediaSchema = z.object({ ...base, lessonId: idField, mediaId: idField });
export const detachLessonMediaSchema = z.object({ ...base, lessonId: idField });

export const curriculumQuerySchema = z.object({ courseId: idField });
