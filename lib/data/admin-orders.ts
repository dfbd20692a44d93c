import 'server-only';

import { and, desc, eq, like, or, sql, type SQL } from 'drizzle-orm';

import { db } from '@/db';
import { courses, orders, users, type OrderStatus } from '@/db/schema';
import { canManageOrders } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { AppError } from '@/lib/errors';
import { isCurrency, money, type Money } from '@/lib/money';

export type AdminOrderRow = {
  id: string;
  courseTitle: string;
  buyerName: string;
  total: Money;
  status: OrderStatus;
  paymentMethod: string | null;
  createdAt: Date;
};

export const ADMIN_ORDERS_PAGE_SIZE = 25;

const escapeLike = (q: string) => q.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Every order on the platform, newest first, for support: search by order id, the buyer's name or
 * email, or the course title; filter by status. Admins only, checked here (ACCESS-4). The list shows
 * the buyer's name, never the email (DATA-1); the order page shows it to the admin who opens it.
 */
export async function listOrdersForAdmin(
  viewer: Viewer,
  opts: { q?: string; status?: OrderStatus; page?: number } = {},
): Promise<{ rows: AdminOrderRow[]; total: number; page: number; pageSize: number }> {
  if (!canManageOrders(viewer)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
  const page = Math.max(1, Math.floor(opts.page ?? 1));
  const q = opts.q?.trim();
  const filters: SQL[] = [];
  if (opts.status) filters.push(eq(orders.status, opts.status));
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    filters.push(
      or(
        eq(orders.id, q),
        like(users.name, pattern),
        like(users.email, pattern),
        like(courses.title, pattern),
      )!,
    );
  }
  const where = filters.length > 0 ? and(...filters) : undefined;
  const rows = await db
    .select({
      id: orders.id,
      courseTitle: courses.title,
      buyerName: users.name,
      amountMinor: orders.amountMinor,
      currency: orders.currency,
      status: orders.status,
      paymentMethod: orders.paymentMethod,
      createdAt: orders.createdAt,
    })
    .from(orders)
    .innerJoin(courses, eq(courses.id, orders.courseId))
    .innerJoin(users, eq(users.id, orders.userId))
    .where(where)
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(ADMIN_ORDERS_PAGE_SIZE)
    .offset((page - 1) * ADMIN_ORDERS_PAGE_SIZE);
  const [count] = await db
    .select({ n: sql<number>`count(*)` })
    .from(orders)
    .innerJoin(courses, eq(courses.id, orders.courseId))
    .innerJoin(users, eq(users.id, orders.userId))
    .where(where);
  return {
    rows: rows.map(({ amountMinor, currency, ...r }) => ({
      ...r,
      total: money(amountMinor, isCurrency(currency) ? currency : 'USD'),
    })),
    total: Number(count?.n ?? 0),
    page,
    pageSize: ADMIN_ORDERS_PAGE_SIZE,
  };
}
