import { z } from 'zod';

import { ID_PATTERN } from '@/lib/ids';

export const RECS_MAX_LIMIT = 50;
export const RECS_DEFAULT_LIMIT = 12;

/**
 * GET /api/recommendations query. Strict: any other parameter (user, userId…) is refused, because
 * recommendations are only ever computed for the signed-in viewer (ACCESS-6, DATA-1).
 */
export const recsQuerySchema = z
  .strictObject(
    {
      for: z.literal('me', { error: 'for: only "me" is supported' }).optional(),
      similar: z.string().regex(ID_PATTERN, 'similar: must be a course id').optional(),
      limit: z.coerce
        .number({ error: 'limit: must be a number' })
        .int('limit: must be a whole number')
        .min(1, 'limit: must be at least 1')
        .max(RECS_MAX_LIMIT, `limit: must be at most ${RECS_MAX_LIMIT}`)
        .default(RECS_DEFAULT_LIMIT),
      category: z
        .string()
        .regex(/^[a-z0-9-]{1,64}$/, 'category: must be a category slug')
        .optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `Unknown parameter ${issue.keys.join(', ')}: recommendations are only for the signed-in viewer`
          : undefined,
    },
  )
  .refine((q) => (q.for === undefined) !== (q.similar === undefined), {
    message: 'Give exactly one of for=me or similar=<courseId>',
  });

export type RecsQuery = z.output<typeof recsQuerySchema>;
