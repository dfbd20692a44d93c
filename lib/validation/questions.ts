import { z } from 'zod';

import { ID_PATTERN } from '@/lib/ids';

const id = z.string().regex(ID_PATTERN);
/** ABUSE-2: 5 000 characters at most; the column is sized to match. */
export const COMMENT_MAX = 5000;
const body = z.string().trim().min(1).max(COMMENT_MAX);

/** A question on a lesson, or (with parentId) an answer to one: one level of replies only. */
export const postCommentSchema = z.object({
  lessonId: id,
  parentId: z
    .union([id, z.literal('')])
    .optional()
    .transform((v) => v || null),
  body,
});
export type PostCommentInput = z.infer<typeof postCommentSchema>;

export const editCommentSchema = z.object({ commentId: id, body });
export const deleteCommentSchema = z.object({ commentId: id });

export const questionsPageSchema = z.coerce.number().int().min(1).max(1000).catch(1);
