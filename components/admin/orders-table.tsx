import { getFormatter, getTranslations } from 'next-intl/server';

import { Price } from '@/components/course/price';
import { Link } from '@/components/ui/link';
import type { OrderStatus } from '@/db/schema';
import type { Money } from '@/lib/money';

import { OrderStatusBadge } from './order-status-badge';

export type OrdersTableRow = {
  id: string;
  courseTitle: string;
  buyerName: string;
  total: Money;
  status: OrderStatus;
  createdAt: Date | string;
};

/**
 * Orders for admins: public order id (linking to the order), course, buyer's display name (no email,
 * DATA-1), amount, status and date. A table on wide screens, a list of cards on phones.
 */
export async function OrdersTable({ rows, caption }: { rows: OrdersTableRow[]; caption: string }) {
  const t = await getTranslations('Admin.OrdersTable');
  const format = await getFormatter();
  const when = (o: OrdersTableRow) =>
    format.dateTime(new Date(o.createdAt), { dateStyle: 'medium', timeStyle: 'short' });
  const orderLink = (o: OrdersTableRow, label: string) => (
    <Link href={`/admin/orders/${o.id}`} className="underline">
      {label}
    </Link>
  );
  return (
    <>
      <table className="hidden w-full text-left text-sm lg:table">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-muted-foreground">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t('order')}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t('course')}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t('buyer')}
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              {t('amount')}
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              {t('status')}
            </th>
            <th scope="col" className="py-2 font-medium">
              {t('date')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.id} className="border-t">
              <th scope="row" className="py-2 pr-3 font-mono text-xs font-normal">
                {orderLink(o, o.id)}
              </th>
              <td className="max-w-56 truncate py-2 pr-3" title={o.courseTitle}>
                {o.courseTitle}
              </td>
              <td className="py-2 pr-3">{o.buyerName}</td>
              <td className="py-2 pr-3 text-right tabular-nums">
                <Price money={o.total} />
              </td>
              <td className="py-2 pr-3">
                <OrderStatusBadge status={o.status} />
              </td>
              <td className="text-muted-foreground py-2 whitespace-nowrap">{when(o)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="grid gap-3 lg:hidden" aria-label={caption}>
        {rows.map((o) => (
          <li key={o.id} className="grid gap-1 rounded-md border p-3 text-sm">
            <div className="flex items-start justify-between gap-2">
              <span className="font-medium">{o.courseTitle}</span>
              <Price money={o.total} className="tabular-nums" />
            </div>
            <div className="text-muted-foreground flex flex-wrap items-center gap-2">
              <OrderStatusBadge status={o.status} />
              <span>{o.buyerName}</span>
              <span>{when(o)}</span>
            </div>
            <span className="text-muted-foreground font-mono text-xs break-all">
              {orderLink(o, t('orderId', { id: o.id }))}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
