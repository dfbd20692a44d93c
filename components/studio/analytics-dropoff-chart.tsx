'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { ChartDataTable } from '@/components/dashboard/chart-data-table';
import type { LessonReach } from '@/lib/data/studio-analytics-series';

/** Share of the window's new learners who reached each lesson, in curriculum order; table alongside. */
export function AnalyticsDropOffChart({ lessons }: { lessons: LessonReach[] }) {
  const t = useTranslations('StudioAnalytics.dropOff');
  const format = useFormatter();
  if (lessons.length === 0)
    return <p className="text-muted-foreground text-sm">{t('noLessons')}</p>;
  const percent = (v: number | null) =>
    v === null ? t('none') : format.number(v, { style: 'percent', maximumFractionDigits: 1 });
  const data = lessons.map((l) => ({
    name: `${l.position}. ${l.title}`,
    share: (l.share ?? 0) * 100,
  }));
  const last = lessons.at(-1)!;
  return (
    <figure className="grid gap-3">
      <figcaption className="text-muted-foreground text-sm">
        {t('summary', { lessons: lessons.length, last: percent(last.share) })}
      </figcaption>
      <div aria-hidden className="h-64 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={data}
            margin={{ top: 8, right: 4, bottom: 0, left: 4 }}
            accessibilityLayer={false}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" vertical={false} />
            <XAxis dataKey="name" tick={false} tickLine={false} />
            <YAxis
              domain={[0, 100]}
              tickFormatter={(v: number) => `${v}%`}
              tick={{ fill: 'var(--muted-foreground)', fontSize: 12 }}
              width={44}
              tickLine={false}
              axisLine={false}
            />
            <Tooltip
              formatter={(value) => [`${Math.round(Number(value) * 10) / 10}%`, t('share')]}
              contentStyle={{
                background: 'var(--card)',
                border: '1px solid var(--border)',
                borderRadius: 6,
              }}
            />
            <Bar
              dataKey="share"
              fill="var(--primary)"
              radius={[3, 3, 0, 0]}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ChartDataTable
        summaryLabel={t('showTable')}
        caption={t('tableCaption')}
        columns={[t('lesson'), t('reached'), t('share')]}
        rows={lessons.map((l) => ({
          key: l.lessonId,
          cells: [`${l.position}. ${l.title}`, l.reached, percent(l.share)],
        }))}
      />
    </figure>
  );
}
