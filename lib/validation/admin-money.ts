import { z } from 'zod';

/*
 * Query strings of the admin money pages. Like the orders list, anything unreadable falls back to
 * the default view and the first page instead of failing the page.
 */

const pageField = z.coerce.number().int().min(1).max(10_000).optional().catch(undefined);

export const REFUND_VIEWS = ['requests', 'disputes'] as const;
export type RefundView = (typeof REFUND_VIEWS)[number];

export const adminRefundsQuerySchema = z.object({
  view: z.enum(REFUND_VIEWS).catch('requests').default('requests'),
  page: pageField,
});

/** The balances table's page; the window itself is the analytics query (from/to or a preset). */
export const adminBalancesPageSchema = z.object({ page: pageField });
