import { z } from 'zod';

import { ORDER_STATUSES } from '@/db/schema';
import { idField, requiredText } from '@/lib/validation/fields';

/** The orders list's query string; anything unreadable falls back to the unfiltered first page. */
export const adminOrderSearchSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(ORDER_STATUSES).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

export const adminRefundOrderSchema = z.object({
  orderId: idField,
  reason: requiredText(1000),
});
