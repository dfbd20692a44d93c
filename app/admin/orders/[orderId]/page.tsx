import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { getTranslations } from 'next-intl/server';

import { AdminRefundForm } from '@/components/admin/admin-refund-form';
import { OrderStatusBadge } from '@/components/admin/order-status-badge';
import { OrderReceipt } from '@/components/orders/order-receipt';
import { OrderTimeline } from '@/components/orders/order-timeline';
import { Link } from '@/components/ui/link';
import { requirePageRole } from '@/lib/auth/guards';
import { adminGetOrder } from '@/lib/data/orders';
import { ID_PATTERN } from '@/lib/ids';
import { money } from '@/lib/money';

type Props = { params: Promise<{ orderId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations('Admin.Orders');
  return { title: t('detailTitle', { id: (await params).orderId.slice(0, 8) }) };
}

/** One order as support sees it: receipt, timeline, the refund request if any, and a direct refund. */
export default async function AdminOrderPage({ params }: Props) {
  const { orderId } = await params;
  const viewer = await requirePageRole('admin', `/admin/orders/${orderId}`);
  const order = ID_PATTERN.test(orderId) ? await adminGetOrder(viewer, orderId) : null;
  if (!order) notFound();
  const t = await getTranslations('Admin.Orders');
  return (
    <div className="grid max-w-3xl gap-8">
      <header className="grid gap-1">
        <Link href="/admin/orders" className="text-muted-foreground text-sm hover:underline">
          ← {t('back')}
        </Link>
        <h1 className="flex items-center gap-3 text-2xl font-semibold">
          {t('detailHeading')} <OrderStatusBadge status={order.status} />
        </h1>
      </header>
      <OrderReceipt order={order} />
      {order.refund ? (
        <section aria-labelledby="refund-request" className="grid gap-1 rounded-lg border p-5">
          <h2 id="refund-request" className="text-lg font-semibold">
            {t('refundRequest')}
          </h2>
          <p className="text-sm">{t('refundRequestStatus', { status: order.refund.status })}</p>
          <p className="text-muted-foreground text-sm">{order.refund.reason}</p>
        </section>
      ) : null}
      <OrderTimeline events={order.timeline} />
      {order.status === 'paid' || order.status === 'partially_refunded' ? (
        <section aria-labelledby="admin-refund" className="grid gap-3 rounded-lg border p-5">
          <h2 id="admin-refund" className="text-lg font-semibold">
            {t('refundTitle')}
          </h2>
          <p className="text-muted-foreground text-sm">{t('refundHelp')}</p>
          <AdminRefundForm
            orderId={order.id}
            left={money(order.total.amountMinor - order.refunded.amountMinor, order.total.currency)}
          />
        </section>
      ) : null}
    </div>
  );
}
