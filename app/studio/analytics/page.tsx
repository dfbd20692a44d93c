import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';

import { PageHeader } from '@/components/dashboard/page-header';
import { AnalyticsDropOffChart } from '@/components/studio/analytics-dropoff-chart';
import { AnalyticsFilters } from '@/components/studio/analytics-filters';
import { AnalyticsFunnel } from '@/components/studio/analytics-funnel';
import { AnalyticsKpis } from '@/components/studio/analytics-kpis';
import { AnalyticsRatingChart } from '@/components/studio/analytics-rating-chart';
import { AnalyticsRevenueChart } from '@/components/studio/analytics-revenue-chart';
import { Alert } from '@/components/ui/alert';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardContent, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { ChartColumn, BookOpen, Download } from '@/components/ui/icons';
import { requirePageRole } from '@/lib/auth/guards';
import { getStudioAnalytics, isEmptyAnalytics } from '@/lib/data/studio-analytics';
import { isAppError } from '@/lib/errors';
import {
  firstValues,
  lastDayKey,
  parseAnalyticsQuery,
  toFilter,
} from '@/lib/validation/studio-analytics';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('StudioAnalytics');
  return { title: t('metaTitle') };
}

/** Analytics of all the creator's courses or one of them (?course=), over a UTC window. */
export default async function StudioAnalyticsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requirePageRole('creator', '/studio/analytics');
  const [t, tAll] = await Promise.all([getTranslations('StudioAnalytics'), getTranslations()]);
  // A bad query shows its error over the default window instead of failing the page.
  const parsed = parseAnalyticsQuery(firstValues(await searchParams));
  const filter = parsed.ok ? parsed.filter : toFilter({});
  const queryError = parsed.ok ? null : (parsed.error.issues[0]?.message ?? 'Errors.invalidQuery');
  const data = await getStudioAnalytics(viewer, filter).catch((err: unknown) => {
    if (isAppError(err) && err.code === 'NOT_FOUND') notFound();
    throw err;
  });
  const { range } = filter;
  const csvQuery = new URLSearchParams({
    ...(data.course ? { course: data.course.id } : {}),
    from: range.from.toISOString().slice(0, 10),
    to: lastDayKey(range),
  });

  return (
    <div className="grid gap-6">
      <PageHeader
        title={data.course ? t('courseTitle', { course: data.course.title }) : t('title')}
        description={t('description')}
        actions={
          <a
            href={`/api/studio/analytics.csv?${csvQuery}`}
            download
            className={buttonVariants({ variant: 'outline', size: 'sm' })}
          >
            <Download aria-hidden />
            {t('downloadCsv')}
          </a>
        }
      />
      <AnalyticsFilters courses={data.courses} courseId={data.course?.id ?? null} range={range} />
      {queryError ? (
        <Alert variant="destructive">
          {tAll.has(queryError) ? tAll(queryError) : tAll('Errors.invalidQuery')}
        </Alert>
      ) : null}
      {data.courses.length === 0 ? (
        <EmptyState
          icon={<BookOpen />}
          title={t('noCourses.title')}
          description={t('noCourses.description')}
        />
      ) : isEmptyAnalytics(data) ? (
        <EmptyState
          icon={<ChartColumn />}
          title={t('empty.title')}
          description={t('empty.description')}
        />
      ) : (
        <>
          <AnalyticsKpis summary={data.summary} />
          <Card>
            <CardHeader>
              <h2 className="text-base leading-tight font-semibold">{t('revenue.title')}</h2>
            </CardHeader>
            <CardContent>
              <AnalyticsRevenueChart days={data.series.days} currencies={data.series.currencies} />
            </CardContent>
          </Card>
          <div className="grid gap-6 lg:grid-cols-2">
            <AnalyticsFunnel summary={data.summary} />
            <Card>
              <CardHeader>
                <h2 className="text-base leading-tight font-semibold">{t('ratings.title')}</h2>
              </CardHeader>
              <CardContent>
                <AnalyticsRatingChart trend={data.ratings} />
              </CardContent>
            </Card>
          </div>
          <Card>
            <CardHeader>
              <h2 className="text-base leading-tight font-semibold">{t('dropOff.title')}</h2>
            </CardHeader>
            <CardContent>
              {data.dropOff ? (
                <AnalyticsDropOffChart lessons={data.dropOff} />
              ) : (
                <p className="text-muted-foreground text-sm">{t('dropOff.pickCourse')}</p>
              )}
            </CardContent>
          </Card>
        </>
      )}
    </div>
  );
}
