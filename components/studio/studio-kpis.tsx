import { getFormatter, getLocale, getTranslations } from 'next-intl/server';

import { KpiCard, KpiGrid } from '@/components/dashboard/kpi';
import { MoneyLines } from '@/components/dashboard/money-lines';
import { BookOpen, Star, Users, Wallet } from '@/components/ui/icons';
import { StarRating } from '@/components/ui/star-rating';
import type { StudioKpis as Kpis } from '@/lib/data/studio-dashboard';

export async function StudioKpis({ kpis }: { kpis: Kpis }) {
  const t = await getTranslations('Studio.Kpis');
  const format = await getFormatter();
  const locale = await getLocale();
  const { coursesByStatus: s } = kpis;
  return (
    <KpiGrid>
      <KpiCard
        testId="kpi-revenue"
        label={t('revenue')}
        icon={<Wallet />}
        value={<MoneyLines amounts={kpis.revenue} locale={locale} empty={t('noRevenue')} />}
        hint={t('revenueHint')}
      />
      <KpiCard
        testId="kpi-students"
        label={t('students')}
        icon={<Users />}
        value={format.number(kpis.students)}
        hint={t('studentsHint')}
      />
      <KpiCard
        testId="kpi-rating"
        label={t('rating')}
        icon={<Star />}
        value={
          kpis.rating.average === null ? (
            t('noRatings')
          ) : (
            <span className="flex items-center gap-2">
              {format.number(kpis.rating.average, {
                minimumFractionDigits: 1,
                maximumFractionDigits: 1,
              })}
              <StarRating
                value={kpis.rating.average}
                label={t('ratingLabel', { average: kpis.rating.average })}
              />
            </span>
          )
        }
        hint={t('ratingCount', { count: kpis.rating.count })}
      />
      <KpiCard
        testId="kpi-courses"
        label={t('courses')}
        icon={<BookOpen />}
        value={format.number(kpis.totalCourses)}
        hint={t('coursesBreakdown', {
          published: s.published,
          inReview: s.in_review,
          draft: s.draft,
        })}
      />
    </KpiGrid>
  );
}
