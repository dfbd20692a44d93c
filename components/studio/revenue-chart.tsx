'use client';

import { useState } from 'react';

import { useLocale, useTranslations } from 'next-intl';

import { ChartDataTable } from '@/components/dashboard/chart-data-table';
import { CurrencyToggle, useShortDate } from '@/components/dashboard/chart-parts';
import { DayBarLineChart } from '@/components/dashboard/day-bar-line-chart';
import type { StudioDay } from '@/lib/data/studio-dashboard';
import { formatMoney, type CurrencyCode } from '@/lib/money';

/**
 * Net revenue (bars, one currency at a time: USD and CNY are never summed) and new enrolments (line)
 * per day. The SVG is hidden from assistive technology; the caption and the data table carry the numbers.
 */
export function RevenueChart({
  days,
  currencies,
  rangeDays,
}: {
  days: StudioDay[];
  currencies: CurrencyCode[];
  rangeDays: number;
}) {
  const t = useTranslations('Studio.Chart');
  const shortDate = useShortDate();
  const locale = useLocale();
  // Start on the currency that earned most in the range; the others are one click away.
  const [currency, setCurrency] = useState<CurrencyCode>(() => topCurrency(days, currencies));

  const money = (minor: number) =>
    formatMoney({ amountMinor: Math.round(minor), currency }, locale);
  const data = days.map((d) => ({
    date: d.date,
    enrollments: d.enrollments,
    revenue: d.revenue[currency] ?? 0,
  }));
  const totalRevenue = data.reduce((s, d) => s + d.revenue, 0);
  const totalEnrollments = data.reduce((s, d) => s + d.enrollments, 0);

  return (
    <figure className="grid gap-3">
      <figcaption className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-muted-foreground text-sm" data-testid="revenue-chart-summary">
          {t('summary', {
            days: rangeDays,
            revenue: money(totalRevenue),
            enrollments: totalEnrollments,
          })}
        </p>
        <CurrencyToggle
          label={t('currency')}
          currencies={currencies}
          current={currency}
          onChange={setCurrency}
        />
      </figcaption>
      <DayBarLineChart
        testId="revenue-chart"
        data={data.map((d) => ({ date: d.date, bar: d.revenue, line: d.enrollments }))}
        bar={{ label: t('revenue'), format: (v) => money(v), opacity: 0.75 }}
        line={{ label: t('enrollments'), dots: true }}
        splitAxes
      />
      <ChartDataTable
        summaryLabel={t('showTable')}
        caption={t('tableCaption', { days: rangeDays })}
        columns={[
          t('date'),
          t('enrollments'),
          ...currencies.map((c) => t('revenueIn', { currency: c })),
        ]}
        rows={days.map((d) => ({
          key: d.date,
          cells: [
            shortDate(d.date),
            d.enrollments,
            ...currencies.map((c) =>
              formatMoney({ amountMinor: d.revenue[c] ?? 0, currency: c }, locale),
            ),
          ],
        }))}
      />
    </figure>
  );
}

function topCurrency(days: StudioDay[], currencies: CurrencyCode[]): CurrencyCode {
  const total = (c: CurrencyCode) => days.reduce((s, d) => s + (d.revenue[c] ?? 0), 0);
  return [...currencies].sort((a, b) => total(b) - total(a))[0] ?? 'USD';
}
