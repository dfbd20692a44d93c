import { z } from 'zod';

import { ID_PATTERN } from '@/lib/ids';
import { CURRENCIES } from '@/lib/money';
import { couponCodeField } from '@/lib/validation/pricing';

/**
 * "Buy" takes only the course id, which of the course's currencies to pay in, and an optional coupon
 * code (PAY-1, PAY-2): price, discount and quantity come from the database, and a currency the course
 * is not sold in is refused there. Unknown fields are stripped, so a tampered form
 * cannot smuggle an amount through; one code field means one coupon per order (no stacking).
 */
export const startCheckoutSchema = z.object({
  courseId: z.string().regex(ID_PATTERN),
  currency: z.enum(CURRENCIES, { error: 'Checkout.errors.currencyNotOffered' }).optional(),
  coupon: couponCodeField,
});

export const requestRefundSchema = z.object({
  orderId: z.string().regex(ID_PATTERN),
  reason: z.string().trim().min(3, 'Validation.titleTooShort').max(1000, 'Validation.tooLong'),
});

export const decideRefundSchema = z.object({
  refundId: z.string().regex(ID_PATTERN),
  decision: z.enum(['approve', 'decline']),
  reason: z.string().trim().min(3, 'Validation.titleTooShort').max(1000, 'Validation.tooLong'),
});
