import { z } from 'zod';

import { ID_PATTERN } from '@/lib/ids';

/**
 * "Buy" takes only the course id (PAY-1): price, currency and quantity come from the database.
 * Unknown fields are stripped, so a tampered form cannot smuggle an amount through.
 */
export const startCheckoutSchema = z.object({ courseId: z.string().regex(ID_PATTERN) });

export const requestRefundSchema = z.object({
  orderId: z.string().regex(ID_PATTERN),
  reason: z.string().trim().min(3, 'Validation.titleTooShort').max(1000, 'Validation.tooLong'),
});

export const decideRefundSchema = z.object({
  refundId: z.string().regex(ID_PATTERN),
  decision: z.enum(['approve', 'decline']),
  reason: z.string().trim().min(3, 'Validation.titleTooShort').max(1000, 'Validation.tooLong'),
});
