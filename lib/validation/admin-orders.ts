import { z } from 'zod';

import { ORDER_STATUSES } from '@/db/schema';
import { blankToUndefined, idField, moneyInputField, requiredText } from '@/lib/validation/fields';
import { dayField } from '@/lib/validation/studio-analytics';

/**
 * The orders list's filters, shared by the page and its CSV export so a download holds exactly the
 * rows the page lists. Anything unreadable falls back to "no filter"; `from`/`to` are UTC days
 * (inclusive) on the order's creation time.
 */
export const adminOrderFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(ORDER_STATUSES).optional().catch(undefined),
  from: dayField.catch(undefined),
  to: dayField.catch(undefined),
});
export type AdminOrderFilter = z.output<typeof adminOrderFilterSchema>;

export const adminOrderSearchSchema = adminOrderFilterSchema.extend({
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

/** The filters as a query string (empty values left out), for page links and the CSV link. */
export function adminOrderQuery(filter: AdminOrderFilter, extra: Record<string, string> = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filter, ...extra })) if (v) q.set(k, String(v));
  return q.toString();
}

/**
 * An admin's direct refund: a reason and, optionally, an amount in the order's currency (blank =
 * everything not yet refunded). The server checks it against what is left to refund.
 */
export const adminRefundOrderSchema = z.object({
  orderId: idField,
  reason: requiredText(1000),
  amount: z.preprocess(
    blankToUndefined,
    moneyInputField('Admin.Orders.refundAmountInvalid')
      .pipe(z.number().int().positive('Admin.Orders.refundAmountInvalid'))
      .optional(),
  ),
});
export type AdminRefundOrderInput = z.output<typeof adminRefundOrderSchema>;
