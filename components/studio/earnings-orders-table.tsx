import { getFormatter, getLocale, getTranslations } from 'next-intl/server';

import type { EarningsOrderRow } from '@/lib/data/studio-earnings';
import { formatMoney } from '@/lib/money';

/** The ledger summed per order: gross, platform fee, reversals and net, in the order's currency. */
export async function EarningsOrdersTable({ items }: { items: EarningsOrderRow[] }) {
  const t = await getTranslations('StudioAnalytics.earnings.orders');
  const format = await getFormatter();
  const locale = await getLocale();
  const cols = ['date', 'course', 'buyer', 'gross', 'fee', 'refunds', 'net'] as const;
  return (
    <div className="overflow-x-auto rounded-lg border">
      <table className="w-full text-sm">
        <caption className="sr-only">{t('caption')}</caption>
        <thead className="bg-muted/50 text-left">
          <tr>
            {cols.map((c, i) => (
              <th key={c} scope="col" className={i > 2 ? 'p-3 text-right' : 'p-3'}>
                {t(`columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y">
          {items.map((r) => {
            const money = (amountMinor: number) =>
              formatMoney({ amountMinor, currency: r.currency }, locale);
            return (
              <tr key={`${r.orderId}-${r.currency}`} data-testid={`earnings-order-${r.orderId}`}>
                <td className="p-3 whitespace-nowrap">
                  {format.dateTime(r.orderDate, { dateStyle: 'medium', timeZone: 'UTC' })}
                </td>
                <td className="p-3">{r.courseTitle}</td>
                <td className="p-3">{r.buyerName}</td>
                <td className="p-3 text-right tabular-nums">{money(r.grossMinor)}</td>
                <td className="p-3 text-right tabular-nums">{money(r.feeMinor)}</td>
                <td className="p-3 text-right tabular-nums">{money(r.refundsMinor)}</td>
                <td className="p-3 text-right font-medium tabular-nums">{money(r.netMinor)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
