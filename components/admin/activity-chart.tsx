'use client';

import { useTranslations } from 'next-intl';

import { ChartDataTable } from '@/components/dashboard/chart-data-table';
import { useShortDate } from '@/components/dashboard/chart-parts';
import { DayBarLineChart } from '@/components/dashboard/day-bar-line-chart';
import type { AdminDay } from '@/lib/data/admin-overview';

/**
 * Sign-ups (bars) and paid orders (line) per day. The SVG is hidden from assistive technology; the
 * caption and the data table carry the same numbers.
 */
export function ActivityChart({ days, rangeDays }: { days: AdminDay[]; rangeDays: number }) {
  const t = useTranslations('Admin.Chart');
  const shortDate = useShortDate();
  const signups = days.reduce((s, d) => s + d.signups, 0);
  const orders = days.reduce((s, d) => s + d.orders, 0);

  return (
    <figure className="grid gap-3">
      <figcaption className="text-muted-foreground text-sm" data-testid="activity-chart-summary">
        {t('summary', { days: rangeDays, signups, orders })}
      </figcaption>
      <DayBarLineChart
        testId="activity-chart"
        data={days.map((d) => ({ date: d.date, bar: d.signups, line: d.orders }))}
        bar={{ label: t('signups') }}
        line={{ label: t('orders') }}
      />
      <ChartDataTable
        summaryLabel={t('showTable')}
        caption={t('tableCaption', { days: rangeDays })}
        columns={[t('date'), t('signups'), t('orders')]}
        rows={days.map((d) => ({ key: d.date, cells: [shortDate(d.date), d.signups, d.orders] }))}
      />
    </figure>
  );
}
