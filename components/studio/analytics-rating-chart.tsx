'use client';

import { useFormatter, useTranslations } from 'next-intl';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import { ChartDataTable } from '@/components/dashboard/chart-data-table';
import type { RatingTrend } from '@/lib/data/studio-analytics-series';

/** Average visible rating per week or month of the window; the table lists the counts behind it. */
export function AnalyticsRatingChart({ trend }: { trend: RatingTrend }) {
  const t = useTranslations('StudioAnalytics.ratings');
  const format = useFormatter();
  if (trend.points.length === 0)
    return <p className="text-muted-foreground text-sm">{t('empty')}</p>;
  const label = (bucket: string) =>
    format.dateTime(new Date(`${bucket}T00:00:00Z`), {
      timeZone: 'UTC',
      ...(trend.unit === 'month'
        ? { year: 'numeric', month: 'short' }
        : { month: 'short', day: 'numeric' }),
    });
  const avg = (v: number) => format.number(v, { maximumFractionDigits: 2 });
  const count = trend.points.reduce((s, p) => s + p.count, 0);
  return (
    <figure className="grid gap-3">
      <figcaption className="text-muted-foreground text-sm">
        {t('summary', { unit: trend.unit, buckets: trend.points.length, count })}
      </figcaption>
      <div aria-hidden className="h-56 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart
            data={trend.points}
            margin={{ top: 8, right: 4, bottom: 0, left: 4 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
            <XAxis
              dataKey="bucket"
              tickFormatter={label}
              tick={{ fill: 'var(--muted-foreground)', fontSize: 12 }}
              tickLine={false}
            />
            <YAxis
              domain={[1, 5]}
              ticks={[1, 2, 3, 4, 5]}
              width={28}
              tickLine={false}
              axisLine={false}
            />
            <Tooltip
              labelFormatter={(l) => (typeof l === 'string' ? label(l) : l)}
              formatter={(value) => [avg(Number(value)), t('average')]}
              contentStyle={{
                background: 'var(--card)',
                border: '1px solid var(--border)',
                borderRadius: 6,
              }}
            />
            <Line
              dataKey="average"
              stroke="var(--primary)"
              strokeWidth={2}
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ChartDataTable
        summaryLabel={t('showTable')}
        caption={t('tableCaption')}
        columns={[t(trend.unit === 'week' ? 'weekOf' : 'month'), t('average'), t('count')]}
        rows={trend.points.map((p) => ({
          key: p.bucket,
          cells: [label(p.bucket), avg(p.average), p.count],
        }))}
      />
    </figure>
  );
}
