import { z } from 'zod';

import { ID_PATTERN } from '@/lib/ids';

/** Limits of one beacon batch (ABUSE-4): the body is measured before it is parsed. */
export const MAX_EVENTS_PER_BATCH = 50;
export const MAX_BATCH_BYTES = 16 * 1024;

const id = z.string().regex(ID_PATTERN);
const course = { courseId: id };
const lesson = { courseId: id, lessonId: id };

/**
 * The allow-list of client events. No free text, no URLs, no user agent (DATA-1): a search keeps
 * only its result count, a page view only that it happened.
 */
export const clientEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page_view') }).strict(),
  z.object({ type: z.literal('view'), ...course }).strict(),
  z.object({ type: z.literal('checkout_start'), ...course }).strict(),
  z.object({ type: z.literal('wishlist'), ...course }).strict(),
  z.object({ type: z.literal('preview'), ...lesson }).strict(),
  z.object({ type: z.literal('lesson_start'), ...lesson }).strict(),
  z.object({ type: z.literal('lesson_complete'), ...lesson }).strict(),
  z
    .object({ type: z.literal('progress'), ...lesson, value: z.number().int().min(0).max(100) })
    .strict(),
  z.object({ type: z.literal('search'), value: z.number().int().min(0).max(1_000_000) }).strict(),
]);
export type ClientEvent = z.infer<typeof clientEventSchema>;

/** The envelope; its items are validated one by one so one bad event does not sink the batch. */
export const eventBatchSchema = z.object({
  events: z.array(z.unknown()).min(1).max(MAX_EVENTS_PER_BATCH),
});
