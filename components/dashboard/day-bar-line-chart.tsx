'use client';

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

import { CHART_TICK, CHART_TOOLTIP_STYLE, useShortDate } from '@/components/dashboard/chart-parts';

type Series = {
  label: string;
  /** Tick and tooltip text; whole numbers when absent. */
  format?: (value: number) => string;
};

/**
 * One figure per UTC day as bars and another as a line, on one shared axis or on two (bars left,
 * line right) when their units differ. Hidden from assistive technology: the callers' caption and
 * data table carry the numbers.
 */
export function DayBarLineChart({
  data,
  bar,
  line,
  splitAxes = false,
  testId,
}: {
  data: { date: string; bar: number; line: number }[];
  bar: Series & { opacity?: number };
  line: Series & { dots?: boolean };
  splitAxes?: boolean;
  testId: string;
}) {
  const shortDate = useShortDate();
  const text = (s: Series, v: unknown) => (s.format ? s.format(Number(v)) : String(v));
  const label = (name: unknown) => (name === 'bar' ? bar.label : line.label);
  const axis = (s: Series) => ({
    tick: CHART_TICK,
    tickLine: false,
    axisLine: false,
    allowDecimals: !!s.format,
    width: s.format ? 72 : 40,
    ...(s.format ? { tickFormatter: s.format } : {}),
  });
  const lineAxis = splitAxes ? 'line' : 'bar';

  return (
    <div aria-hidden className="h-72 w-full" data-testid={testId}>
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
            tick={CHART_TICK}
            minTickGap={24}
            tickLine={false}
          />
          <YAxis yAxisId="bar" {...axis(bar)} />
          {splitAxes ? <YAxis yAxisId="line" orientation="right" {...axis(line)} /> : null}
          <Tooltip
            labelFormatter={(l) => (typeof l === 'string' ? shortDate(l) : l)}
            formatter={(value, name) => [text(name === 'bar' ? bar : line, value), label(name)]}
            contentStyle={CHART_TOOLTIP_STYLE}
          />
          <Legend formatter={label} />
          <Bar
            yAxisId="bar"
            dataKey="bar"
            fill="var(--primary)"
            fillOpacity={bar.opacity ?? 0.3}
            radius={[3, 3, 0, 0]}
            isAnimationActive={false}
          />
          <Line
            yAxisId={lineAxis}
            dataKey="line"
            stroke="var(--color-accent-500)"
            strokeWidth={2}
            dot={line.dots ? { r: 2 } : false}
            isAnimationActive={false}
            type="linear"
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
