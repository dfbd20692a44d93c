'use client';

import { useFormatter } from 'next-intl';
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

type Series<K extends string> = { key: K; label: string };

/**
 * One value per UTC day as bars and another as a line, then the same numbers as a table. The SVG is
 * hidden from assistive technology (the table is the accessible alternative); the caller's figure
 * carries the caption.
 */
export function DailyBarLineChart<B extends string, L extends string>({
  data,
  bar,
  line,
  formatValue,
  dateLabel,
  table,
  axisWidth = 40,
  testId,
}: {
  data: ({ date: string } & Record<B | L, number>)[];
  bar: Series<B>;
  line: Series<L>;
  formatValue: (value: number) => string;
  dateLabel: string;
  table: { summary: string; caption: string };
  axisWidth?: number;
  testId?: string;
}) {
  const format = useFormatter();
  const shortDate = (date: string) =>
    format.dateTime(new Date(`${date}T00:00:00Z`), {
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
  const label = (name: unknown) => (name === bar.key ? bar.label : line.label);
  return (
    <>
      <div aria-hidden className="h-72 w-full" data-testid={testId}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart
            data={data}
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
              tickFormatter={(v: number) => formatValue(v)}
              tick={{ fill: 'var(--muted-foreground)', fontSize: 12 }}
              width={axisWidth}
              tickLine={false}
              axisLine={false}
            />
            <Tooltip
              labelFormatter={(l) => (typeof l === 'string' ? shortDate(l) : l)}
              formatter={(value, name) => [formatValue(Number(value)), label(name)]}
              contentStyle={{
                background: 'var(--card)',
                border: '1px solid var(--border)',
                borderRadius: 6,
              }}
            />
            <Legend formatter={label} />
            <Bar
              dataKey={bar.key}
              fill="var(--primary)"
              fillOpacity={0.3}
              radius={[3, 3, 0, 0]}
              isAnimationActive={false}
            />
            <Line
              dataKey={line.key}
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
        summaryLabel={table.summary}
        caption={table.caption}
        columns={[dateLabel, bar.label, line.label]}
        rows={data.map((d) => ({
          key: d.date,
          cells: [shortDate(d.date), formatValue(d[bar.key]), formatValue(d[line.key])],
        }))}
      />
    </>
  );
}
