'use client';

import { useState } from 'react';

import { useFormatter, useLocale, useTranslations } from 'next-intl';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import { ChartDataTable } from '@/components/dashboard/chart-data-table';
import { Button } from '@/components/ui/button';
import type { StudioDay } from '@/lib/data/studio-dashboard';
import { formatMoney, type CurrencyCode } from '@/lib/money';

/**
 * Net revenue (line, one currency at a time: USD and CNY are never summed) and new enrolments (bars)
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
  const format = useFormatter();
  const locale = useLocale();
  // Start on the currency that earned most in the range; the others are one click away.
  const [currency, setCurrency] = useState<CurrencyCode>(() => topCurrency(days, currencies));

  const money = (minor: number) =>
    formatMoney({ amountMinor: Math.round(minor), currency }, locale);
  const shortDate = (date: string) =>
    format.dateTime(new Date(`${date}T00:00:00Z`), {
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
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
        {currencies.length > 1 ? (
          <div role="group" aria-label={t('currency')} className="flex gap-1">
            {currencies.map((c) => (
              <Button
                key={c}
                size="sm"
                variant={c === currency ? 'default' : 'outline'}
                aria-pressed={c === currency}
                onClick={() => setCurrency(c)}
              >
                {c}
              </Button>
            ))}
          </div>
        ) : null}
      </figcaption>
      <div aria-hidden className="h-72 w-full" data-testid="revenue-chart">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart
            data={data}
            margin={{ top: 8, right: 4, bottom: 0, left: 4 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
            <XAxis
              dataKey="date"
              tickFormatter={shortDate}
              tick={{ fill: 'var(--muted-foreground)', fontSize: 12 }}
              minTickGap={24}
              tickLine={false}
            />
            <YAxis
              yAxisId="revenue"
              tickFormatter={(v: number) => money(v)}
              tick={{ fill: 'var(--muted-foreground)', fontSize: 12 }}
              width={72}
              tickLine={false}
              axisLine={false}
            />
            <YAxis
              yAxisId="enrollments"
              orientation="right"
              allowDecimals={false}
              tick={{ fill: 'var(--muted-foreground)', fontSize: 12 }}
              width={32}
              tickLine={false}
              axisLine={false}
            />
            <Tooltip
              labelFormatter={(label) => (typeof label === 'string' ? shortDate(label) : label)}
              formatter={(value, name) =>
                name === 'revenue'
                  ? [money(Number(value)), t('revenue')]
                  : [String(value), t('enrollments')]
              }
              contentStyle={{
                background: 'var(--card)',
                border: '1px solid var(--border)',
                borderRadius: 6,
              }}
            />
            <Legend formatter={(name) => (name === 'revenue' ? t('revenue') : t('enrollments'))} />
            <Bar
              yAxisId="revenue"
              dataKey="revenue"
              fill="var(--primary)"
              fillOpacity={0.75}
              radius={[3, 3, 0, 0]}
              isAnimationActive={false}
            />
            <Line
              yAxisId="enrollments"
              dataKey="enrollments"
              stroke="var(--color-accent-500)"
              strokeWidth={2}
              dot={{ r: 2 }}
              isAnimationActive={false}
              type="linear"
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
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
