import { getFormatter, getLocale, getTranslations } from 'next-intl/server';

import type { LedgerLine } from '@/lib/data/studio-payments';
import { formatMoney } from '@/lib/money';

/** Every ledger line, newest first: reversals appear as their own lines, nothing is edited. */
export async function EarningsLedgerLines({ lines }: { lines: LedgerLine[] }) {
  const t = await getTranslations('Orders.studio');
  const format = await getFormatter();
  const locale = await getLocale();
  return (
    <div className="overflow-x-auto rounded-lg border">
      <table className="w-full text-sm">
        <thead className="bg-muted/50 text-left">
          <tr>
            <th scope="col" className="p-3">
              {t('columns.date')}
            </th>
            <th scope="col" className="p-3">
              {t('columns.course')}
            </th>
            <th scope="col" className="p-3">
              {t('columns.kind')}
            </th>
            <th scope="col" className="p-3 text-right">
              {t('columns.amount')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y">
          {lines.map((l) => (
            <tr key={l.id}>
              <td className="p-3 whitespace-nowrap">
                {format.dateTime(l.createdAt, { dateStyle: 'medium' })}
              </td>
              <td className="p-3">{l.courseTitle}</td>
              <td className="p-3">{t(`kind.${l.kind}`)}</td>
              <td className="p-3 text-right tabular-nums">{formatMoney(l.amount, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
