import { getFormatter, getTranslations } from 'next-intl/server';

import { Price } from '@/components/course/price';
import { Badge } from '@/components/ui/badge';
import { Link } from '@/components/ui/link';
import type { DisputeOutcome, DisputeRow } from '@/lib/data/admin-disputes';

import { OrderStatusBadge } from './order-status-badge';

const OUTCOME_VARIANT: Record<DisputeOutcome, 'destructive' | 'success' | 'outline'> = {
  open: 'destructive',
  won: 'success',
  lost: 'outline',
};

/** Disputed orders: order link, course, buyer's name, amount, dispute date, order status, outcome. */
export async function DisputesTable({ rows, caption }: { rows: DisputeRow[]; caption: string }) {
  const [t, format] = await Promise.all([getTranslations('AdminMoney.Disputes'), getFormatter()]);
  return (
    <div className="overflow-x-auto rounded-md border">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-muted/60 text-xs uppercase">
          <tr>
            <th scope="col" className="p-3">
              {t('order')}
            </th>
            <th scope="col" className="p-3">
              {t('course')}
            </th>
            <th scope="col" className="p-3">
              {t('buyer')}
            </th>
            <th scope="col" className="p-3 text-right">
              {t('amount')}
            </th>
            <th scope="col" className="p-3">
              {t('openedAt')}
            </th>
            <th scope="col" className="p-3">
              {t('status')}
            </th>
            <th scope="col" className="p-3">
              {t('outcome')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.orderId} className="border-t">
              <th scope="row" className="p-3 font-mono text-xs font-normal">
                <Link href={`/admin/orders/${d.orderId}`} className="underline">
                  {d.orderId}
                </Link>
              </th>
              <td className="max-w-56 truncate p-3" title={d.courseTitle}>
                {d.courseTitle}
              </td>
              <td className="p-3">{d.buyerName}</td>
              <td className="p-3 text-right tabular-nums">
                <Price money={d.amount} />
              </td>
              <td className="text-muted-foreground p-3 whitespace-nowrap">
                {format.dateTime(d.openedAt, { dateStyle: 'medium', timeStyle: 'short' })}
              </td>
              <td className="p-3">
                <OrderStatusBadge status={d.status} />
              </td>
              <td className="p-3">
                <Badge variant={OUTCOME_VARIANT[d.outcome]}>{t(`outcomes.${d.outcome}`)}</Badge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
