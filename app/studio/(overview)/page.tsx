import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

import { PageHeader } from '@/components/dashboard/page-header';
import { RangeTabs } from '@/components/dashboard/range-tabs';
import { CourseTable } from '@/components/studio/course-table';
import { RecentReviews } from '@/components/studio/recent-reviews';
import { RevenueChart } from '@/components/studio/revenue-chart';
import { StudioKpis } from '@/components/studio/studio-kpis';
import { TopCourses } from '@/components/studio/top-courses';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardContent, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { BookOpen } from '@/components/ui/icons';
import { Link } from '@/components/ui/link';
import { requirePageRole } from '@/lib/auth/guards';
import { listStudioCourses } from '@/lib/data/studio-course-list';
import { getStudioDashboard } from '@/lib/data/studio-dashboard';
import { parseRangeDays } from '@/lib/date-series';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Studio.Dashboard');
  return { title: t('metaTitle') };
}

const DASHBOARD_COURSES = 5;

export default async function StudioDashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requirePageRole('creator', '/studio');
  const range = parseRangeDays((await searchParams).range);
  const [t, dashboard, courses] = await Promise.all([
    getTranslations('Studio.Dashboard'),
    getStudioDashboard(viewer, range),
    listStudioCourses(viewer),
  ]);

  if (dashboard.kpis.totalCourses === 0) {
    return (
      <>
        <PageHeader title={t('title')} description={t('welcome', { name: viewer.name })} />
        <EmptyState
          icon={<BookOpen />}
          title={t('empty.title')}
          description={
            <>
              <p>{t('empty.description')}</p>
              <ol className="mt-3 list-decimal pl-5 text-left">
                <li>{t('empty.step1')}</li>
                <li>{t('empty.step2')}</li>
                <li>{t('empty.step3')}</li>
              </ol>
            </>
          }
        />
      </>
    );
  }

  return (
    <div className="grid gap-6">
      <PageHeader
        title={t('title')}
        description={t('welcome', { name: viewer.name })}
        actions={
          <RangeTabs
            basePath="/studio"
            current={range}
            label={t('rangeLabel')}
            optionLabel={(days) => t('rangeOption', { days })}
          />
        }
      />
      <StudioKpis kpis={dashboard.kpis} />
      <Card>
        <CardHeader>
          <h2 className="text-base leading-tight font-semibold">
            {t('chartTitle', { days: range })}
          </h2>
        </CardHeader>
        <CardContent>
          <RevenueChart
            days={dashboard.series.days}
            currencies={dashboard.series.currencies}
            rangeDays={range}
          />
        </CardContent>
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <TopCourses courses={dashboard.topCourses} />
        <RecentReviews reviews={dashboard.recentReviews} />
      </div>
      <section aria-labelledby="studio-courses-heading" className="grid gap-3">
        <div className="flex items-center justify-between gap-3">
          <h2 id="studio-courses-heading" className="text-lg font-semibold">
            {t('coursesTitle')}
          </h2>
          <Link
            href="/studio/courses"
            className={buttonVariants({ variant: 'outline', size: 'sm' })}
          >
            {t('allCourses', { count: courses.total })}
          </Link>
        </div>
        <CourseTable
          items={courses.items.slice(0, DASHBOARD_COURSES)}
          caption={t('coursesTitle')}
        />
      </section>
    </div>
  );
}
