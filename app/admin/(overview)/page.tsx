import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

import { ActivityChart } from '@/components/admin/activity-chart';
import { AdminKpis } from '@/components/admin/admin-kpis';
import { ModerationQueue } from '@/components/admin/moderation-queue';
import { RecentOrders } from '@/components/admin/recent-orders';
import { PageHeader } from '@/components/dashboard/page-header';
import { RangeTabs } from '@/components/dashboard/range-tabs';
import { Card, CardContent, CardHeader } from '@/components/ui/card';
import { requirePageRole } from '@/lib/auth/guards';
import {
  getAdminSeries,
  getAdminTotals,
  getModerationCounts,
  listRecentOrders,
} from '@/lib/data/admin-overview';
import { parseRangeDays } from '@/lib/date-series';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Admin.Overview');
  return { title: t('metaTitle') };
}

export default async function AdminOverviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requirePageRole('admin', '/admin');
  const range = parseRangeDays((await searchParams).range);
  const [t, totals, series, moderation, orders] = await Promise.all([
    getTranslations('Admin.Overview'),
    getAdminTotals(viewer),
    getAdminSeries(viewer, range),
    getModerationCounts(viewer),
    listRecentOrders(viewer, 10),
  ]);

  return (
    <div className="grid gap-6">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <RangeTabs
            basePath="/admin"
            current={range}
            label={t('rangeLabel')}
            optionLabel={(days) => t('rangeOption', { days })}
          />
        }
      />
      <AdminKpis totals={totals} />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="min-w-0 lg:col-span-2">
          <CardHeader>
            <h2 className="text-base leading-tight font-semibold">
              {t('chartTitle', { days: range })}
            </h2>
          </CardHeader>
          <CardContent>
            <ActivityChart days={series} rangeDays={range} />
          </CardContent>
        </Card>
        <ModerationQueue counts={moderation} />
      </div>
      <RecentOrders orders={orders} />
    </div>
  );
}
