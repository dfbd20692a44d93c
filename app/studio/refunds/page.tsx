import type { Metadata } from 'next';

import { getFormatter, getTranslations } from 'next-intl/server';

import { Price } from '@/components/course/price';
import { RefundDecisionForm } from '@/components/orders/refund-decision-form';
import { EmptyState } from '@/components/ui/empty-state';
import { Undo2 } from '@/components/ui/icons';
import { requirePageRole } from '@/lib/auth/guards';
import { listRefundRequests } from '@/lib/data/studio-payments';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Orders.studio');
  return { title: t('refundsTitle') };
}

/** Refund requests on the creator's courses, each with its approve / decline form. */
export default async function StudioRefundsPage() {
  const viewer = await requirePageRole('creator', '/studio/refunds');
  const [t, format, requests] = await Promise.all([
    getTranslations('Orders.studio'),
    getFormatter(),
    listRefundRequests(viewer),
  ]);
  return (
    <div className="grid gap-6">
      <header className="grid gap-1">
        <h1 className="text-2xl font-bold">{t('refundsTitle')}</h1>
        <p className="text-muted-foreground">{t('refundsSubtitle')}</p>
      </header>
      {requests.length === 0 ? (
        <EmptyState icon={<Undo2 />} title={t('emptyRefunds')} />
      ) : (
        <ul className="grid gap-4">
          {requests.map((r) => (
            <li key={r.id} className="grid gap-3 rounded-lg border p-5">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="font-semibold">{r.courseTitle}</h2>
                <Price money={r.amount} />
              </div>
              <p className="text-muted-foreground text-xs">
                {t('requestedOn', { date: format.dateTime(r.createdAt, { dateStyle: 'medium' }) })}
              </p>
              <p className="text-sm">{t('buyerReason', { reason: r.reason })}</p>
              <RefundDecisionForm refundId={r.id} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
