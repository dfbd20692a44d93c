import { getFormatter, getTranslations } from 'next-intl/server';

import { Price } from '@/components/course/price';
import { RefundDecisionForm } from '@/components/orders/refund-decision-form';
import { Badge } from '@/components/ui/badge';
import { Link } from '@/components/ui/link';
import type { RefundQueueRow } from '@/lib/data/admin-refunds';

/**
 * Refund requests, oldest first, each with what the decision needs and the approve / decline form
 * creators use too (one money path: decideRefund). Cards, since each holds a form.
 */
export async function RefundQueue({ rows }: { rows: RefundQueueRow[] }) {
  const [t, format] = await Promise.all([getTranslations('AdminMoney.Refunds'), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium' });
  return (
    <ul className="grid gap-4" aria-label={t('listLabel')}>
      {rows.map((r) => (
        <li key={r.id} className="grid gap-3 rounded-lg border p-5">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="font-semibold">{r.courseTitle}</h3>
            <Price money={r.amount} className="tabular-nums" />
          </div>
          <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
            <div className="flex gap-2">
              <dt className="text-muted-foreground">{t('order')}</dt>
              <dd>
                <Link href={`/admin/orders/${r.orderId}`} className="font-mono text-xs underline">
                  {r.orderId}
                </Link>
              </dd>
            </div>
            <div className="flex gap-2">
              <dt className="text-muted-foreground">{t('buyer')}</dt>
              <dd>{r.buyerName}</dd>
            </div>
            <div className="flex gap-2">
              <dt className="text-muted-foreground">{t('requested')}</dt>
              <dd>{date(r.requestedAt)}</dd>
            </div>
            <div className="flex gap-2">
              <dt className="text-muted-foreground">{t('sincePurchase')}</dt>
              <dd>{r.paidAt ? t('days', { count: r.daysSincePurchase }) : '—'}</dd>
            </div>
            <div className="flex gap-2">
              <dt className="text-muted-foreground">{t('consumed')}</dt>
              <dd>{t('percent', { value: r.consumedPercent })}</dd>
            </div>
            <div className="flex gap-2">
              <dt className="sr-only">{t('ruleLabel')}</dt>
              <dd>
                <Badge variant={r.withinRule ? 'success' : 'warning'}>
                  {r.withinRule ? t('withinRule') : t('outsideRule')}
                </Badge>
              </dd>
            </div>
          </dl>
          <p className="text-sm">{t('reason', { reason: r.reason })}</p>
          <RefundDecisionForm refundId={r.id} />
        </li>
      ))}
    </ul>
  );
}
