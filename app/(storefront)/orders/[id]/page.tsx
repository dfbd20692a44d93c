import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { getTranslations } from 'next-intl/server';

import { BuyButton } from '@/components/course/buy-button';
import { OrderReceipt } from '@/components/orders/order-receipt';
import { OrderStatusBadge } from '@/components/orders/order-status';
import { OrderTimeline } from '@/components/orders/order-timeline';
import { PrintButton } from '@/components/orders/print-button';
import { RefundRequestForm } from '@/components/orders/refund-request-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Link } from '@/components/ui/link';
import { requirePageRole } from '@/lib/auth/guards';
import { getMyOrder } from '@/lib/data/orders';
import { ID_PATTERN } from '@/lib/ids';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations('Orders.detail');
  return { title: t('metaTitle', { id: (await params).id.slice(0, 8) }), robots: { index: false } };
}

/** One order: receipt, timeline and refund. Anyone but the buyer gets the same 404 (ACCESS-1). */
export default async function OrderPage({ params }: Props) {
  const { id } = await params;
  const viewer = await requirePageRole('user', `/orders/${id}`);
  const order = ID_PATTERN.test(id) ? await getMyOrder(viewer, id) : null;
  if (!order) notFound();
  const t = await getTranslations('Orders');
  const e = order.eligibility;
  const decline = order.failureReason
    ? t.has(`decline.${order.failureReason}`)
      ? t(`decline.${order.failureReason}`)
      : t('decline.other')
    : null;

  return (
    <div className="mx-auto grid max-w-3xl gap-8 px-4 py-8 print:p-0">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div className="grid gap-1">
          <Link
            href="/orders"
            className="text-muted-foreground text-sm hover:underline print:hidden"
          >
            ← {t('detail.back')}
          </Link>
          <h1 className="flex items-center gap-3 text-2xl font-bold">
            {t('detail.title')} <OrderStatusBadge status={order.status} />
          </h1>
        </div>
        <div className="flex flex-wrap gap-2 print:hidden">
          <PrintButton label={t('detail.print')} />
          <Button asChild variant="outline">
            <a href={`/api/orders/${order.id}/receipt.pdf`} download>
              {t('pdf.download')}
            </a>
          </Button>
        </div>
      </header>

      {order.status === 'pending' && decline ? (
        <div className="grid gap-3 print:hidden">
          <Alert variant="destructive">{t('detail.lastFailure', { reason: decline })}</Alert>
        </div>
      ) : null}
      {order.status === 'pending' ? (
        <div className="print:hidden">
          <BuyButton courseId={order.courseId} />
        </div>
      ) : null}

      <OrderReceipt order={order} />
      <OrderTimeline events={order.timeline} />

      {order.status !== 'pending' && order.paidAt ? (
        <section aria-labelledby="refund" className="grid gap-3 rounded-lg border p-5 print:hidden">
          <h2 id="refund" className="text-lg font-semibold">
            {t('refund.title')}
          </h2>
          <p className="text-muted-foreground text-sm">
            {t('refund.rule', {
              days: e.rule.refundWindowDays,
              percent: e.rule.refundMaxConsumedPercent,
            })}{' '}
            {t('refund.yourConsumption', { percent: e.consumedPercent })}
          </p>
          {order.refund ? (
            <div className="grid gap-1 text-sm">
              <p>{t('refund.statusLabel', { status: t(`refund.state.${order.refund.status}`) })}</p>
              {order.refund.decisionReason ? (
                <p>{t('refund.decisionReason', { reason: order.refund.decisionReason })}</p>
              ) : null}
            </div>
          ) : e.blockedBy ? (
            <p className="text-sm font-medium">{t(e.blockedBy.replace(/^Orders\./, ''))}</p>
          ) : (
            <RefundRequestForm orderId={order.id} />
          )}
        </section>
      ) : null}
    </div>
  );
}
