import { z } from 'zod';

import { ID_PATTERN } from '@/lib/ids';

export const enrolFreeSchema = z.object({ courseId: z.string().regex(ID_PATTERN) });
export type EnrolFreeInput = z.infer<typeof enrolFreeSchema>;

/** One progress report from the player or the "mark complete" form; the user comes from the session. */
export const saveProgressSchema = z.object({
  lessonId: z.string().regex(ID_PATTERN),
  // A day is far past any lesson; larger numbers are junk.
  positionSec: z.coerce.number().min(0).max(86_400).default(0),
  completed: z
    .union([z.boolean(), z.enum(['true', 'false', 'on'])])
    .default(false)
    .transform((v) => v === true || v === 'true' || v === 'on'),
});
export type SaveProgressInput = z.output<typeof saveProgressSchema>;

export const completeLessonSchema = z.object({
  lessonId: z.string().regex(ID_PATTERN),
  positionSec: z.coerce.number().min(0).max(86_400).default(0),
});
