import { z } from 'zod';

import { REPORT_TARGETS } from '@/db/schema/moderation';
import { ID_PATTERN } from '@/lib/ids';

const id = z.string().regex(ID_PATTERN);

/** Review text is plain text (WEB-1); an empty body is a rating without words. */
export const saveReviewSchema = z.object({
  courseId: id,
  rating: z.coerce.number().int().min(1).max(5),
  body: z
    .string()
    .trim()
    .max(5000)
    .optional()
    .transform((v) => (v ? v : null)),
});
export type SaveReviewInput = z.infer<typeof saveReviewSchema>;

export const deleteReviewSchema = z.object({ courseId: id });

export const replyReviewSchema = z.object({
  reviewId: id,
  body: z.string().trim().min(1).max(5000),
});

export const REPORT_REASONS = ['spam', 'abuse', 'offTopic', 'other'] as const;

export const reportContentSchema = z.object({
  targetType: z.enum(REPORT_TARGETS),
  targetId: id,
  reason: z.enum(REPORT_REASONS).default('other'),
  details: z.string().trim().max(1000).optional(),
});
export type ReportContentInput = z.infer<typeof reportContentSchema>;
