import { getFormatter, getLocale, getTranslations } from 'next-intl/server';

import { Card, CardContent, CardHeader } from '@/components/ui/card';
import type { AdminRecentOrder } from '@/lib/data/admin-overview';
import { formatMoney } from '@/lib/money';

import { OrderStatusBadge } from './order-status-badge';

/** Newest orders: public order id, course, buyer's display name (no email, DATA-1), amount, status. */
export async function RecentOrders({ orders }: { orders: AdminRecentOrder[] }) {
  const t = await getTranslations('Admin.RecentOrders');
  const format = await getFormatter();
  const locale = await getLocale();
  const when = (o: AdminRecentOrder) =>
    format.dateTime(new Date(o.createdAt), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Card>
      <CardHeader>
        <h2 className="text-base leading-tight font-semibold">{t('title')}</h2>
      </CardHeader>
      <CardContent>
        {orders.length === 0 ? (
          <p className="text-muted-foreground text-sm">{t('empty')}</p>
        ) : (
          <>
            <table className="hidden w-full text-left text-sm lg:table">
              <caption className="sr-only">{t('title')}</caption>
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
                {orders.map((o) => (
                  <tr key={o.id} className="border-t">
                    <th scope="row" className="py-2 pr-3 font-mono text-xs font-normal">
                      {o.id}
                    </th>
                    <td className="max-w-56 truncate py-2 pr-3" title={o.courseTitle}>
                      {o.courseTitle}
                    </td>
                    <td className="py-2 pr-3">{o.buyerName}</td>
                    <td className="py-2 pr-3 text-right tabular-nums">
                      {formatMoney(o.amount, locale)}
                    </td>
                    <td className="py-2 pr-3">
                      <OrderStatusBadge status={o.status} />
                    </td>
                    <td className="text-muted-foreground py-2 whitespace-nowrap">{when(o)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <ul className="grid gap-3 lg:hidden" aria-label={t('title')}>
              {orders.map((o) => (
                <li key={o.id} className="grid gap-1 rounded-md border p-3 text-sm">
                  <div className="flex items-start justify-between gap-2">
                    <span className="font-medium">{o.courseTitle}</span>
                    <span className="tabular-nums">{formatMoney(o.amount, locale)}</span>
                  </div>
                  <div className="text-muted-foreground flex flex-wrap items-center gap-2">
                    <OrderStatusBadge status={o.status} />
                    <span>{o.buyerName}</span>
                    <span>{when(o)}</span>
                  </div>
                  <span className="text-muted-foreground font-mono text-xs break-all">
                    {t('orderId', { id: o.id })}
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </CardContent>
    </Card>
  );
}
