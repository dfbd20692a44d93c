import { getFormatter, getLocale, getTranslations } from 'next-intl/server';

import { KpiCard, KpiGrid } from '@/components/dashboard/kpi';
import { MoneyLines } from '@/components/dashboard/money-lines';
import { Eye, GraduationCap, Undo2, UserRound, Wallet } from '@/components/ui/icons';
import type { AnalyticsSummary } from '@/lib/data/studio-analytics';

/** The window's headline figures; money one line per currency. */
export async function AnalyticsKpis({ summary }: { summary: AnalyticsSummary }) {
  const t = await getTranslations('StudioAnalytics.kpis');
  const format = await getFormatter();
  const locale = await getLocale();
  const percent = (v: number | null) =>
    v === null ? t('none') : format.number(v, { style: 'percent', maximumFractionDigits: 1 });
  return (
    <KpiGrid className="xl:grid-cols-3">
      <KpiCard
        testId="kpi-views"
        label={t('views')}
        icon={<Eye />}
        value={format.number(summary.views)}
      />
      <KpiCard
        testId="kpi-visitors"
        label={t('visitors')}
        icon={<UserRound />}
        value={format.number(summary.visitors)}
      />
      <KpiCard
        testId="kpi-enrollments"
        label={t('enrollments')}
        icon={<GraduationCap />}
        value={format.number(summary.enrollments)}
        hint={t('completion', {
          rate: percent(summary.completionRate),
          completed: summary.completed,
        })}
      />
      <KpiCard
        testId="kpi-revenue"
        label={t('revenue')}
        icon={<Wallet />}
        value={<MoneyLines amounts={summary.revenue} locale={locale} empty={t('noRevenue')} />}
        hint={t('paidOrders', { count: summary.paidOrders })}
      />
      <KpiCard
        testId="kpi-refunds"
        label={t('refunds')}
        icon={<Undo2 />}
        value={
          <MoneyLines amounts={summary.refunds.amounts} locale={locale} empty={t('noRefunds')} />
        }
        hint={t('refundCount', { count: summary.refunds.count })}
      />
      <KpiCard
        testId="kpi-completion"
        label={t('completionRate')}
        icon={<GraduationCap />}
        value={percent(summary.completionRate)}
        hint={t('completionHint')}
      />
    </KpiGrid>
  );
}
