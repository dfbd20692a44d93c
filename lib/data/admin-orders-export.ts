import 'server-only';

import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/mysql-core';

import { db } from '@/db';
import { courses, orders, users, type OrderStatus } from '@/db/schema';
import { canManageOrders } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { adminOrderWhere } from '@/lib/data/admin-orders';
import { AppError } from '@/lib/errors';
import type { AdminOrderFilter } from '@/lib/validation/admin-orders';

export type AdminOrderExportRow = {
  id: string;
  createdAt: Date;
  paidAt: Date | null;
  refundedAt: Date | null;
  status: OrderStatus;
  courseId: string;
  courseTitle: string;
  creatorName: string;
  buyerName: string;
  paymentMethod: string | null;
  currency: string;
  listPriceMinor: number;
  discountMinor: number;
  amountMinor: number;
};

/** Rows per query: a large table is read in keyset pages, never as one giant result. */
export const ORDER_EXPORT_BATCH = 500;

const creators = alias(users, 'creator');

async function readBatch(
  where: SQL | undefined,
  after: { createdAt: Date; id: string } | null,
  size: number,
) {
  // Keyset on (created_at, id) descending, the list's own order: no OFFSET scan, stable under inserts.
  const cursor = after
    ? or(
        lt(orders.createdAt, after.createdAt),
        and(eq(orders.createdAt, after.createdAt), lt(orders.id, after.id)),
      )
    : undefined;
  return db
    .select({
      id: orders.id,
      createdAt: orders.createdAt,
      paidAt: orders.paidAt,
      refundedAt: orders.refundedAt,
      status: orders.status,
      courseId: orders.courseId,
      courseTitle: courses.title,
      creatorName: creators.name,
      buyerName: users.name,
      paymentMethod: orders.paymentMethod,
      currency: orders.currency,
      listPriceMinor: orders.listPriceMinor,
      discountMinor: orders.discountMinor,
      amountMinor: orders.amountMinor,
    })
    .from(orders)
    .innerJoin(courses, eq(courses.id, orders.courseId))
    .innerJoin(users, eq(users.id, orders.userId))
    .innerJoin(creators, eq(creators.id, orders.creatorId))
    .where(and(where, cursor))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(size);
}

async function* batches(
  filter: AdminOrderFilter,
  size: number,
): AsyncGenerator<AdminOrderExportRow[]> {
  const where = adminOrderWhere(filter);
  let after: AdminOrderExportRow | null = null;
  for (;;) {
    const rows: AdminOrderExportRow[] = await readBatch(where, after, size);
    if (rows.length > 0) yield rows;
    if (rows.length < size) return;
    after = rows.at(-1)!;
  }
}

/**
 * Admins only (ACCESS-4), checked before the first row is read. Every order matching the orders
 * list's filters, newest first, as batches for a streamed CSV; the first is already read on return. Buyers and creators are named, never
 * emailed (DATA-1), as on the page.
 */
export async function exportOrdersForAdmin(
  viewer: Viewer,
  filter: AdminOrderFilter,
  batchSize = ORDER_EXPORT_BATCH,
): Promise<AsyncGenerator<AdminOrderExportRow[]>> {
  if (!canManageOrders(viewer)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
  const source = batches(filter, Math.max(1, Math.floor(batchSize)));
  // The first batch is read now, so a failing query is an error response, not a cut-off download.
  const first = await source.next();
  return (async function* () {
    if (first.done) return;
    yield first.value;
    yield* source;
  })();
}
