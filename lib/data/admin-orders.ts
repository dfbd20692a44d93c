import 'server-only';

import { and, desc, eq, gte, like, lt, or, sql, type SQL } from 'drizzle-orm';

import { db } from '@/db';
import { courses, orders, users, type OrderStatus } from '@/db/schema';
import { canManageOrders } from '@/lib/auth/permissions';
import type { Viewer } from '@/lib/auth/viewer';
import { AppError } from '@/lib/errors';
import { isCurrency, money, type Money } from '@/lib/money';
import type { AdminOrderFilter } from '@/lib/validation/admin-orders';

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
const DAY_MS = 86_400_000;

/**
 * The WHERE clause of the orders list and its CSV export (one definition, so both agree): search by
 * order id, the buyer's name or email, or the course title; status; UTC days on `created_at`.
 * It names `users` as the buyer, so callers join `users` on `orders.user_id`.
 */
export function adminOrderWhere(filter: AdminOrderFilter): SQL | undefined {
  const q = filter.q?.trim();
  const filters: SQL[] = [];
  if (filter.status) filters.push(eq(orders.status, filter.status));
  if (filter.from) filters.push(gte(orders.createdAt, new Date(`${filter.from}T00:00:00Z`)));
  if (filter.to)
    filters.push(lt(orders.createdAt, new Date(Date.parse(`${filter.to}T00:00:00Z`) + DAY_MS)));
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
  return filters.length > 0 ? and(...filters) : undefined;
}

/**
 * Every order on the platform, newest first, for support: search by order id, the buyer's name or
 * email, or the course title; filter by status and creation day. Admins only, checked here
 * (ACCESS-4). The list shows the buyer's name, never the email (DATA-1); the order page shows it to
 * the admin who opens it.
 */
export async function listOrdersForAdmin(
  viewer: Viewer,
  opts: AdminOrderFilter & { page?: number } = {},
): Promise<{ rows: AdminOrderRow[]; total: number; page: number; pageSize: number }> {
  if (!canManageOrders(viewer)) throw new AppError('FORBIDDEN', 'Errors.forbidden');
  const page = Math.max(1, Math.floor(opts.page ?? 1));
  const where = adminOrderWhere(opts);
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
