'use client';

import { useTranslations } from 'next-intl';

import { DailyBarLineChart } from '@/components/dashboard/daily-bar-line-chart';
import type { AdminDay } from '@/lib/data/admin-overview';

/**
 * Sign-ups (bars) and paid orders (line) per day. The SVG is hidden from assistive technology; the
 * caption and the data table carry the same numbers.
 */
export function ActivityChart({ days, rangeDays }: { days: AdminDay[]; rangeDays: number }) {
  const t = useTranslations('Admin.Chart');
  const signups = days.reduce((s, d) => s + d.signups, 0);
  const orders = days.reduce((s, d) => s + d.orders, 0);

  return (
    <figure className="grid gap-3">
      <figcaption className="text-muted-foreground text-sm" data-testid="activity-chart-summary">
        {t('summary', { days: rangeDays, signups, orders })}
      </figcaption>
      <DailyBarLineChart
        data={days}
        bar={{ key: 'signups', label: t('signups') }}
        line={{ key: 'orders', label: t('orders') }}
        formatValue={String}
        dateLabel={t('date')}
        table={{ summary: t('showTable'), caption: t('tableCaption', { days: rangeDays }) }}
        testId="activity-chart"
      />
    </figure>
  );
}
