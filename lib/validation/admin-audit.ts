import { z } from 'zod';

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .optional()
  .catch(undefined);

/** The audit log viewer's filters; anything unreadable is dropped rather than refused. */
export const adminAuditSearchSchema = z.object({
  /** The actor: a user id, or part of a name or email. */
  actor: z.string().trim().max(100).optional().catch(undefined),
  /** An action or its prefix: `refund`, `user.role`, `course.review`. */
  action: z
    .string()
    .trim()
    .max(64)
    .regex(/^[a-z_.]*$/)
    .optional()
    .catch(undefined),
  /** A target id (order, user, course…). */
  target: z.string().trim().max(255).optional().catch(undefined),
  /** Inclusive UTC days. */
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type AdminAuditSearch = z.output<typeof adminAuditSearchSchema>;
