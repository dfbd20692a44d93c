import type { Metadata } from 'next';

import { getFormatter, getTranslations } from 'next-intl/server';

import { Price } from '@/components/course/price';
import { OrderStatusBadge } from '@/components/orders/order-status';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Receipt } from '@/components/ui/icons';
import { Link } from '@/components/ui/link';
import { requirePageRole } from '@/lib/auth/guards';
import { listMyOrders } from '@/lib/data/orders';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Orders');
  return { title: t('metaTitle'), robots: { index: false } };
}

/** The learner's order history, newest first. */
export default async function OrdersPage() {
  const viewer = await requirePageRole('user', '/orders');
  const [t, format, orders] = await Promise.all([
    getTranslations('Orders'),
    getFormatter(),
    listMyOrders(viewer),
  ]);
  return (
    <div className="mx-auto grid max-w-4xl gap-6 px-4 py-8">
      <header className="grid gap-1">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
        <p className="text-muted-foreground">{t('subtitle')}</p>
      </header>
      {orders.length === 0 ? (
        <EmptyState
          icon={<Receipt />}
          title={t('emptyTitle')}
          description={t('emptyBody')}
          action={
            <Button asChild>
              <Link href="/#categories">{t('browse')}</Link>
            </Button>
          }
        />
      ) : (
        <ul className="divide-y rounded-lg border">
          {orders.map((o) => (
            <li key={o.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 p-4">
              <div className="grid min-w-0 flex-1 gap-0.5">
                <Link href={`/orders/${o.id}`} className="truncate font-medium hover:underline">
                  {o.courseTitle}
                  <span className="sr-only"> — {t('view')}</span>
                </Link>
                <span className="text-muted-foreground text-xs">
                  {format.dateTime(o.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                </span>
              </div>
              <Price money={o.total} />
              <OrderStatusBadge status={o.status} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
