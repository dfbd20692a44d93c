import type { Metadata } from 'next';

import { Receipt } from 'lucide-react';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';

import { EmptyState } from '@/components/ui/empty-state';
import { requirePageRole } from '@/lib/auth/guards';
import { listMyLedger } from '@/lib/data/studio-payments';
import { formatMoney } from '@/lib/money';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Orders.studio');
  return { title: t('earningsTitle') };
}

/** The creator's ledger: append-only lines, reversals shown as their own negative lines. */
export default async function StudioEarningsPage() {
  const viewer = await requirePageRole('creator', '/studio/earnings');
  const [t, format, locale, ledger] = await Promise.all([
    getTranslations('Orders.studio'),
    getFormatter(),
    getLocale(),
    listMyLedger(viewer),
  ]);
  return (
    <div className="grid gap-6">
      <header className="grid gap-1">
        <h1 className="text-2xl font-bold">{t('earningsTitle')}</h1>
        <p className="text-muted-foreground">{t('earningsSubtitle')}</p>
      </header>
      {ledger.balances.length > 0 ? (
        <p className="text-lg">
          {t('balance')}:{' '}
          <strong className="tabular-nums">
            {ledger.balances.map((b) => formatMoney(b, locale)).join(' · ')}
          </strong>
        </p>
      ) : null}
      {ledger.lines.length === 0 ? (
        <EmptyState icon={<Receipt />} title={t('emptyEarnings')} />
      ) : (
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
              {ledger.lines.map((l) => (
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
      )}
    </div>
  );
}
