'use client';

import { useFormatter, useTranslations } from 'next-intl';
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
import type { AdminDay } from '@/lib/data/admin-overview';

/**
 * Sign-ups (bars) and paid orders (line) per day. The SVG is hidden from assistive technology; the
 * caption and the data table carry the same numbers.
 */
export function ActivityChart({ days, rangeDays }: { days: AdminDay[]; rangeDays: number }) {
  const t = useTranslations('Admin.Chart');
  const format = useFormatter();
  const shortDate = (date: string) =>
    format.dateTime(new Date(`${date}T00:00:00Z`), {
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
  const signups = days.reduce((s, d) => s + d.signups, 0);
  const orders = days.reduce((s, d) => s + d.orders, 0);
  const label = (name: unknown) => (name === 'signups' ? t('signups') : t('orders'));

  return (
    <figure className="grid gap-3">
      <figcaption className="text-muted-foreground text-sm" data-testid="activity-chart-summary">
        {t('summary', { days: rangeDays, signups, orders })}
      </figcaption>
      <div aria-hidden className="h-72 w-full" data-testid="activity-chart">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart
            data={days}
            margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
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
              allowDecimals={false}
              tick={{ fill: 'var(--muted-foreground)', fontSize: 12 }}
              width={40}
              tickLine={false}
              axisLine={false}
            />
            <Tooltip
              labelFormatter={(l) => (typeof l === 'string' ? shortDate(l) : l)}
              formatter={(value, name) => [String(value), label(name)]}
              contentStyle={{
                background: 'var(--card)',
                border: '1px solid var(--border)',
                borderRadius: 6,
              }}
            />
            <Legend formatter={label} />
            <Bar
              dataKey="signups"
              fill="var(--primary)"
              fillOpacity={0.3}
              radius={[3, 3, 0, 0]}
              isAnimationActive={false}
            />
            <Line
              dataKey="orders"
              stroke="var(--color-accent-500)"
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
              type="linear"
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ChartDataTable
        summaryLabel={t('showTable')}
        caption={t('tableCaption', { days: rangeDays })}
        columns={[t('date'), t('signups'), t('orders')]}
        rows={days.map((d) => ({ key: d.date, cells: [shortDate(d.date), d.signups, d.orders] }))}
      />
    </figure>
  );
}
