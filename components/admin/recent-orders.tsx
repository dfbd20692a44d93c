import { getTranslations } from 'next-intl/server';

import { Card, CardContent, CardHeader } from '@/components/ui/card';
import type { AdminRecentOrder } from '@/lib/data/admin-overview';

import { OrdersTable } from './orders-table';

/** The newest orders on the overview, each linking to its order page. */
export async function RecentOrders({ orders }: { orders: AdminRecentOrder[] }) {
  const t = await getTranslations('Admin.RecentOrders');
  return (
    <Card>
      <CardHeader>
        <h2 className="text-base leading-tight font-semibold">{t('title')}</h2>
      </CardHeader>
      <CardContent>
        {orders.length === 0 ? (
          <p className="text-muted-foreground text-sm">{t('empty')}</p>
        ) : (
          <OrdersTable rows={orders.map((o) => ({ ...o, total: o.amount }))} caption={t('title')} />
        )}
      </CardContent>
    </Card>
  );
}
