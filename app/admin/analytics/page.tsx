import type { Metadata } from 'next';

import { getFormatter, getLocale, getTranslations } from 'next-intl/server';

import { CohortRetention } from '@/components/admin/cohort-retention';
import { FunnelSegments } from '@/components/admin/funnel-segments';
import { SalesChart } from '@/components/admin/sales-chart';
import { SimpleTable } from '@/components/admin/simple-table';
import { PageHeader } from '@/components/dashboard/page-header';
import { AnalyticsFilters } from '@/components/studio/analytics-filters';
import { AnalyticsFunnel } from '@/components/studio/analytics-funnel';
import { Alert } from '@/components/ui/alert';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardContent, CardHeader } from '@/components/ui/card';
import { Download } from '@/components/ui/icons';
import { requirePageRole } from '@/lib/auth/guards';
import { getPlatformAnalytics } from '@/lib/data/admin-analytics';
import { getCohortRetention } from '@/lib/data/admin-analytics-cohorts';
import { getFunnelSegments } from '@/lib/data/admin-analytics-segments';
import { listPlatformSalesDays } from '@/lib/data/admin-analytics-series';
import { formatMoney } from '@/lib/money';
import { firstValues, lastDayKey, parsePlatformRange } from '@/lib/validation/studio-analytics';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminAnalytics'))('metaTitle') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Platform figures over a UTC window; the DAL re-checks the admin role (ACCESS-4). */
export default async function AdminAnalyticsPage({ searchParams }: Props) {
  const viewer = await requirePageRole('admin', '/admin/analytics');
  const [t, tAll, format, locale] = await Promise.all([
    getTranslations('AdminAnalytics'),
    getTranslations(),
    getFormatter(),
    getLocale(),
  ]);
  // A bad query shows its error over the default window instead of failing the page.
  const { range, queryError } = parsePlatformRange(firstValues(await searchParams));
  const [a, sales, segments, cohorts] = await Promise.all([
    getPlatformAnalytics(viewer, range),
    listPlatformSalesDays(viewer, range),
    getFunnelSegments(viewer, range),
    getCohortRetention(viewer, range),
  ]);
  const csvQuery = new URLSearchParams({
    from: range.from.toISOString().slice(0, 10),
    to: lastDayKey(range),
  });
  const methodLabel = (method: string) =>
    tAll.has(`Orders.method.${method}`) ? tAll(`Orders.method.${method}`) : method;
  const money = (list: typeof a.gmv) =>
    list.length ? list.map((m) => formatMoney(m, locale)).join(' · ') : '—';
  const kpis = [
    { key: 'gmv', value: money(a.gmv) },
    { key: 'paidOrders', value: format.number(a.paidOrders) },
    {
      key: 'refundRate',
      value:
        a.refundRate === null
          ? '—'
          : format.number(a.refundRate, { style: 'percent', maximumFractionDigits: 1 }),
    },
    { key: 'newUsers', value: format.number(a.newUsers) },
    { key: 'activeLearners', value: format.number(a.activeLearners) },
  ] as const;

  return (
    <div className="grid gap-6">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <a
            href={`/api/admin/analytics?${csvQuery}`}
            download
            className={buttonVariants({ variant: 'outline', size: 'sm' })}
          >
            <Download aria-hidden />
            {t('downloadCsv')}
          </a>
        }
      />
      <AnalyticsFilters range={range} basePath="/admin/analytics" />
      {queryError ? (
        <Alert variant="destructive">
          {tAll.has(queryError) ? tAll(queryError) : tAll('Errors.invalidQuery')}
        </Alert>
      ) : null}
      <section aria-labelledby="kpis">
        <h2 id="kpis" className="sr-only">
          {t('kpis')}
        </h2>
        <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-5">
          {kpis.map((k) => (
            // dt/dd sit directly in one div per figure, as a description list requires.
            <div key={k.key} className="bg-card grid min-w-0 gap-1 rounded-lg border p-5 shadow-sm">
              <dt className="text-muted-foreground text-sm">{t(`kpi.${k.key}`)}</dt>
              <dd
                className="text-xl font-semibold break-words tabular-nums 2xl:text-2xl"
                data-testid={`kpi-${k.key}`}
              >
                {k.value}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <Card>
        <CardHeader>
          <h2 className="text-base leading-tight font-semibold">{t('sales.title')}</h2>
        </CardHeader>
        <CardContent>
          <SalesChart series={sales} />
        </CardContent>
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <AnalyticsFunnel summary={a} />
        <Card>
          <CardHeader>
            <h2 className="text-base leading-tight font-semibold">{t('byMethod')}</h2>
          </CardHeader>
          <CardContent>
            <SimpleTable
              empty={t('none')}
              headers={[t('colMethod'), t('colOrders')]}
              numeric={[1]}
              rows={a.byPaymentMethod.map((m) => ({
                key: m.method,
                cells: [methodLabel(m.method), format.number(m.orders)],
              }))}
            />
          </CardContent>
        </Card>
      </div>
      <FunnelSegments funnel={segments} />
      <CohortRetention table={cohorts} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <h2 className="text-base leading-tight font-semibold">{t('topCourses')}</h2>
          </CardHeader>
          <CardContent>
            <SimpleTable
              empty={t('none')}
              headers={[t('colCourse'), t('colOrders'), t('colRevenue')]}
              numeric={[1, 2]}
              rows={a.topCourses.map((c) => ({
                key: c.id,
                cells: [c.title, format.number(c.orders), money(c.revenue)],
              }))}
            />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <h2 className="text-base leading-tight font-semibold">{t('topCreators')}</h2>
          </CardHeader>
          <CardContent>
            <SimpleTable
              empty={t('none')}
              headers={[t('colCreator'), t('colOrders'), t('colRevenue')]}
              numeric={[1, 2]}
              rows={a.topCreators.map((c) => ({
                key: c.id,
                cells: [c.name, format.number(c.orders), money(c.revenue)],
              }))}
            />
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
