'use client';

import { useLocale, useTranslations } from 'next-intl';

import { ChartDataTable } from '@/components/dashboard/chart-data-table';
import { useShortDate } from '@/components/dashboard/chart-parts';
import { DayBarLineChart } from '@/components/dashboard/day-bar-line-chart';
import type { MoneyDay } from '@/lib/data/admin-money';
import { formatMoney, money, type CurrencyCode } from '@/lib/money';

/** Gross sales (bars) and platform fees (line) per UTC day in one currency, and as a table. */
export function MoneyChart({ currency, days }: { currency: CurrencyCode; days: MoneyDay[] }) {
  const t = useTranslations('AdminMoney.Chart');
  const locale = useLocale();
  const shortDate = useShortDate();
  const format = (minor: number) => formatMoney(money(Math.round(minor), currency), locale);
  return (
    <figure className="grid gap-2">
      <figcaption className="font-medium">{t('caption', { currency })}</figcaption>
      <DayBarLineChart
        testId={`money-chart-${currency}`}
        data={days.map((d) => ({ date: d.date, bar: d.grossMinor, line: d.platformFeesMinor }))}
        bar={{ label: t('gross'), format }}
        line={{ label: t('fees'), format }}
      />
      <ChartDataTable
        summaryLabel={t('showTable')}
        caption={t('caption', { currency })}
        columns={[t('date'), t('gross'), t('fees')]}
        rows={days.map((d) => ({
          key: d.date,
          cells: [shortDate(d.date), format(d.grossMinor), format(d.platformFeesMinor)],
        }))}
      />
    </figure>
  );
}
