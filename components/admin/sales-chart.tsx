'use client';

import { useState } from 'react';

import { useLocale, useTranslations } from 'next-intl';

import { ChartDataTable } from '@/components/dashboard/chart-data-table';
import { CurrencyToggle, useShortDate } from '@/components/dashboard/chart-parts';
import { DayBarLineChart } from '@/components/dashboard/day-bar-line-chart';
import type { SalesSeries } from '@/lib/data/admin-analytics-series';
import { formatMoney, type CurrencyCode } from '@/lib/money';

/**
 * Paid orders (bars, left axis) and GMV in one currency at a time (line, right axis) per UTC day:
 * USD and CNY are never summed. The caption and the data table, every currency included, carry
 * the numbers the hidden SVG shows.
 */
export function SalesChart({ series }: { series: SalesSeries }) {
  const t = useTranslations('AdminAnalytics.sales');
  const shortDate = useShortDate();
  const locale = useLocale();
  const { days, currencies } = series;
  const [currency, setCurrency] = useState<CurrencyCode | undefined>(currencies[0]);
  if (!currency) return <p className="text-muted-foreground text-sm">{t('empty')}</p>;

  const money = (minor: number, c: CurrencyCode = currency) =>
    formatMoney({ amountMinor: Math.round(minor), currency: c }, locale);
  const data = days.map((d) => ({ date: d.date, bar: d.paidOrders, line: d.gmv[currency] ?? 0 }));
  const orders = data.reduce((s, d) => s + d.bar, 0);
  const gmv = data.reduce((s, d) => s + d.line, 0);

  return (
    <figure className="grid gap-3">
      <figcaption className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-muted-foreground text-sm" data-testid="sales-chart-summary">
          {t('summary', { days: days.length, orders, currency, gmv: money(gmv) })}
        </p>
        <CurrencyToggle
          label={t('currency')}
          currencies={currencies}
          current={currency}
          onChange={setCurrency}
        />
      </figcaption>
      <DayBarLineChart
        testId="sales-chart"
        data={data}
        bar={{ label: t('paidOrders') }}
        line={{ label: t('gmvIn', { currency }), format: (v) => money(v) }}
        splitAxes
      />
      <ChartDataTable
        summaryLabel={t('showTable')}
        caption={t('tableCaption', { days: days.length })}
        columns={[
          t('date'),
          t('paidOrders'),
          ...currencies.map((c) => t('gmvIn', { currency: c })),
        ]}
        rows={days.map((d) => ({
          key: d.date,
          cells: [
            shortDate(d.date),
            d.paidOrders,
            ...currencies.map((c) => money(d.gmv[c] ?? 0, c)),
          ],
        }))}
      />
    </figure>
  );
}
