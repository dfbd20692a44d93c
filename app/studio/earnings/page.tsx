import type { Metadata } from 'next';

import { getTranslations } from 'next-intl/server';

import { PageHeader } from '@/components/dashboard/page-header';
import { EarningsBalances } from '@/components/studio/earnings-balances';
import { EarningsLedgerLines } from '@/components/studio/earnings-ledger-lines';
import { EarningsOrdersTable } from '@/components/studio/earnings-orders-table';
import { buttonVariants } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Download, Receipt } from '@/components/ui/icons';
import { Pagination } from '@/components/ui/pagination';
import { requirePageRole } from '@/lib/auth/guards';
import { getStudioBalances, listStudioEarnings } from '@/lib/data/studio-earnings';
import { listMyLedger } from '@/lib/data/studio-payments';
import { totalPages } from '@/lib/pagination';
import { earningsQuerySchema, firstValues } from '@/lib/validation/studio-analytics';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Orders.studio');
  return { title: t('earningsTitle') };
}

/** The creator's balance per currency, the ledger per order, and every ledger line. */
export default async function StudioEarningsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requirePageRole('creator', '/studio/earnings');
  const parsed = earningsQuerySchema.safeParse(firstValues(await searchParams));
  const page = parsed.success ? parsed.data.page : undefined;
  const [t, to, balances, orders, ledger] = await Promise.all([
    getTranslations('StudioAnalytics.earnings'),
    getTranslations('Orders.studio'),
    getStudioBalances(viewer),
    listStudioEarnings(viewer, { page }),
    listMyLedger(viewer),
  ]);
  const pages = totalPages(orders.total, orders.pageSize);

  return (
    <div className="grid gap-6">
      <PageHeader
        title={to('earningsTitle')}
        description={t('description')}
        actions={
          orders.total > 0 ? (
            <a
              href="/api/studio/earnings.csv"
              download
              className={buttonVariants({ variant: 'outline', size: 'sm' })}
            >
              <Download aria-hidden />
              {t('downloadCsv')}
            </a>
          ) : null
        }
      />
      {balances.length === 0 && ledger.lines.length === 0 ? (
        <EmptyState icon={<Receipt />} title={to('emptyEarnings')} />
      ) : (
        <>
          <EarningsBalances balances={balances} />
          <section aria-labelledby="earnings-orders-heading" className="grid gap-3">
            <h2 id="earnings-orders-heading" className="text-lg font-semibold">
              {t('orders.title')}
            </h2>
            <p className="text-muted-foreground text-sm">{t('orders.note')}</p>
            {orders.items.length > 0 ? (
              <EarningsOrdersTable items={orders.items} />
            ) : (
              <p className="text-muted-foreground text-sm">{t('orders.empty')}</p>
            )}
            <Pagination
              page={orders.page}
              pages={pages}
              hrefFor={(p) => (p > 1 ? `/studio/earnings?page=${p}` : '/studio/earnings')}
              labels={{
                nav: t('orders.pagination'),
                previous: t('orders.previous'),
                next: t('orders.next'),
                page: (n) => t('orders.page', { page: n }),
              }}
            />
          </section>
          <section aria-labelledby="earnings-lines-heading" className="grid gap-3">
            <h2 id="earnings-lines-heading" className="text-lg font-semibold">
              {t('lines.title')}
            </h2>
            <p className="text-muted-foreground text-sm">{to('earningsSubtitle')}</p>
            <EarningsLedgerLines lines={ledger.lines} />
          </section>
        </>
      )}
    </div>
  );
}
