import type { Metadata } from 'next';

import { getTranslations } from 'next-intl/server';

import { AdminPagination } from '@/components/admin/admin-pagination';
import { DisputesTable } from '@/components/admin/disputes-table';
import { RefundQueue } from '@/components/admin/refund-queue';
import { ViewTabs } from '@/components/admin/view-tabs';
import { PageHeader } from '@/components/dashboard/page-header';
import { EmptyState } from '@/components/ui/empty-state';
import { ShieldAlert, Undo2 } from '@/components/ui/icons';
import { requirePageRole } from '@/lib/auth/guards';
import { listDisputesForAdmin } from '@/lib/data/admin-disputes';
import { listRefundQueue } from '@/lib/data/admin-refunds';
import { totalPages } from '@/lib/pagination';
import { adminRefundsQuerySchema } from '@/lib/validation/admin-money';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminMoney.Refunds'))('metaTitle') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const DISPUTES_HREF = '/admin/refunds?view=disputes';

/**
 * Refund requests waiting for a decision (oldest first) and disputed orders, as two views; the
 * DAL re-checks the admin role (ACCESS-4) and decisions go through decideRefund, as in the studio.
 */
export default async function AdminRefundsPage({ searchParams }: Props) {
  const viewer = await requirePageRole('admin', '/admin/refunds');
  const { view, page } = adminRefundsQuerySchema.parse(await searchParams);
  const t = await getTranslations('AdminMoney.Refunds');
  const [queue, disputes] = await Promise.all([
    listRefundQueue(viewer, { page: view === 'requests' ? page : 1 }),
    listDisputesForAdmin(viewer, { page: view === 'disputes' ? page : 1 }),
  ]);
  const tabs = (
    <ViewTabs
      label={t('tabsLabel')}
      tabs={[
        {
          href: '/admin/refunds',
          label: t('tabs.requests', { count: queue.total }),
          current: view === 'requests',
        },
        {
          href: DISPUTES_HREF,
          label: t('tabs.disputes', { count: disputes.open }),
          current: view === 'disputes',
        },
      ]}
    />
  );
  return (
    <div className="grid gap-6">
      <PageHeader title={t('title')} description={t('description')} />
      {tabs}
      {view === 'requests' ? (
        <section aria-labelledby="refund-requests" className="grid gap-4">
          <h2 id="refund-requests" className="text-lg font-semibold">
            {t('requestsHeading')}
          </h2>
          <p className="text-muted-foreground text-sm">
            {t('rule', { days: queue.rule.windowDays, percent: queue.rule.maxConsumedPercent })}
          </p>
          {queue.rows.length === 0 ? (
            <EmptyState icon={<Undo2 />} title={t('empty')} />
          ) : (
            <RefundQueue rows={queue.rows} />
          )}
          <AdminPagination
            page={queue.page}
            pages={totalPages(queue.total, queue.pageSize)}
            hrefFor={(p) => `/admin/refunds?page=${p}`}
          />
        </section>
      ) : (
        <section aria-labelledby="disputes" className="grid gap-4">
          <h2 id="disputes" className="text-lg font-semibold">
            {t('disputesHeading')}
          </h2>
          <p className="text-muted-foreground text-sm">{t('disputesHelp')}</p>
          {disputes.rows.length === 0 ? (
            <EmptyState icon={<ShieldAlert />} title={t('disputesEmpty')} />
          ) : (
            <DisputesTable rows={disputes.rows} caption={t('disputesHeading')} />
          )}
          <AdminPagination
            page={disputes.page}
            pages={totalPages(disputes.total, disputes.pageSize)}
            hrefFor={(p) => `${DISPUTES_HREF}&page=${p}`}
          />
        </section>
      )}
    </div>
  );
}
