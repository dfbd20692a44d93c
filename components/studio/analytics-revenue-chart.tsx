'use client';

import { useState } from 'react';

import { useLocale, useTranslations } from 'next-intl';
import {
  Area,
  AreaChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import { ChartDataTable } from '@/components/dashboard/chart-data-table';
import {
  CHART_TICK,
  CHART_TOOLTIP_STYLE,
  CurrencyToggle,
  useShortDate,
} from '@/components/dashboard/chart-parts';
import type { AnalyticsDay } from '@/lib/data/studio-analytics-series';
import { formatMoney, type CurrencyCode } from '@/lib/money';

/**
 * Gross revenue per UTC day, one currency at a time (USD and CNY are never summed). The SVG is hidden
 * from assistive technology: the summary and the data table carry the numbers.
 */
export function AnalyticsRevenueChart({
  days,
  currencies,
}: {
  days: AnalyticsDay[];
  currencies: CurrencyCode[];
}) {
  const t = useTranslations('StudioAnalytics.revenue');
  const shortDate = useShortDate();
  const locale = useLocale();
  const [currency, setCurrency] = useState<CurrencyCode | undefined>(currencies[0]);
  if (!currency) return <p className="text-muted-foreground text-sm">{t('empty')}</p>;

  const money = (minor: number, c: CurrencyCode = currency) =>
    formatMoney({ amountMinor: Math.round(minor), currency: c }, locale);
  const data = days.map((d) => ({ date: d.date, revenue: d.revenue[currency] ?? 0 }));
  const total = data.reduce((s, d) => s + d.revenue, 0);

  return (
    <figure className="grid gap-3">
      <figcaption className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-muted-foreground text-sm" data-testid="analytics-revenue-summary">
          {t('summary', { days: days.length, total: money(total) })}
        </p>
        <CurrencyToggle
          label={t('currency')}
          currencies={currencies}
          current={currency}
          onChange={setCurrency}
        />
      </figcaption>
      <div aria-hidden className="h-64 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart
            data={data}
            margin={{ top: 8, right: 4, bottom: 0, left: 4 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
            <XAxis
              dataKey="date"
              tickFormatter={shortDate}
              tick={CHART_TICK}
              minTickGap={24}
              tickLine={false}
            />
            <YAxis
              tickFormatter={(v: number) => money(v)}
              tick={CHART_TICK}
              width={72}
              tickLine={false}
              axisLine={false}
            />
            <Tooltip
              labelFormatter={(label) => (typeof label === 'string' ? shortDate(label) : label)}
              formatter={(value) => [money(Number(value)), t('revenue')]}
              contentStyle={CHART_TOOLTIP_STYLE}
            />
            <Area
              dataKey="revenue"
              type="linear"
              stroke="var(--primary)"
              fill="var(--primary)"
              fillOpacity={0.2}
              isAnimationActive={false}
            />
          </AreaChart>
        </ResponsiveContainer>
      </div>
      <ChartDataTable
        summaryLabel={t('showTable')}
        caption={t('tableCaption')}
        columns={[
          t('date'),
          t('views'),
          t('paidOrders'),
          t('enrollments'),
          ...currencies.map((c) => t('revenueIn', { currency: c })),
        ]}
        rows={days.map((d) => ({
          key: d.date,
          cells: [
            shortDate(d.date),
            d.views,
            d.paidOrders,
            d.enrollments,
            ...currencies.map((c) => money(d.revenue[c] ?? 0, c)),
          ],
        }))}
      />
    </figure>
  );
}
