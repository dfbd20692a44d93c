import type { Metadata } from 'next';

import { getLocale, getTranslations } from 'next-intl/server';

import { AdminPagination } from '@/components/admin/admin-pagination';
import { MoneyChart } from '@/components/admin/money-chart';
import { PlatformMoneyCards } from '@/components/admin/platform-money-cards';
import { SimpleTable } from '@/components/admin/simple-table';
import { PageHeader } from '@/components/dashboard/page-header';
import { AnalyticsFilters, analyticsHref } from '@/components/studio/analytics-filters';
import { Alert } from '@/components/ui/alert';
import { requirePageRole } from '@/lib/auth/guards';
import {
  getPlatformMoney,
  listCreatorBalancesForAdmin,
  listPlatformMoneyDays,
} from '@/lib/data/admin-money';
import { formatMoney, money } from '@/lib/money';
import { totalPages } from '@/lib/pagination';
import { adminBalancesPageSchema } from '@/lib/validation/admin-money';
import { firstValues, parsePlatformRange } from '@/lib/validation/studio-analytics';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminMoney.Money'))('metaTitle') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Platform revenue and fees over a UTC window, from the earnings ledger, and every creator's
 * balance (all time); the DAL re-checks the admin role (ACCESS-4).
 */
export default async function AdminMoneyPage({ searchParams }: Props) {
  const viewer = await requirePageRole('admin', '/admin/money');
  const { page: rawPage, ...rangeParams } = firstValues(await searchParams);
  const { page } = adminBalancesPageSchema.parse({ page: rawPage });
  // A bad window shows its error over the default one instead of failing the page.
  const { range, queryError } = parsePlatformRange(rangeParams);
  const [t, tAll, locale, totals, series, balances] = await Promise.all([
    getTranslations('AdminMoney.Money'),
    getTranslations(),
    getLocale(),
    getPlatformMoney(viewer, range),
    listPlatformMoneyDays(viewer, range),
    listCreatorBalancesForAdmin(viewer, { page }),
  ]);
  const keep = { range: rangeParams.range, from: rangeParams.from, to: rangeParams.to };
  const amount = (minor: number, currency: (typeof balances.rows)[number]['currency']) =>
    formatMoney(money(minor, currency), locale);
  return (
    <div className="grid gap-6">
      <PageHeader title={t('title')} description={t('description')} />
      <AnalyticsFilters range={range} basePath="/admin/money" />
      {queryError ? (
        <Alert variant="destructive">
          {tAll.has(queryError) ? tAll(queryError) : tAll('Errors.invalidQuery')}
        </Alert>
      ) : null}
      <section aria-labelledby="platform-money" className="grid gap-3">
        <h2 id="platform-money" className="text-lg font-semibold">
          {t('windowHeading')}
        </h2>
        <p className="text-muted-foreground text-sm">{t('windowHelp')}</p>
        <PlatformMoneyCards totals={totals} />
        {series.length > 0 ? (
          <div className="grid gap-6 lg:grid-cols-2">
            {series.map((s) => (
              <div key={s.currency} className="rounded-lg border p-4">
                <MoneyChart currency={s.currency} days={s.days} />
              </div>
            ))}
          </div>
        ) : null}
      </section>
      <section aria-labelledby="creator-balances" className="grid gap-3">
        <h2 id="creator-balances" className="text-lg font-semibold">
          {t('balancesHeading')}
        </h2>
        <p className="text-muted-foreground text-sm">
          {t('balancesHelp', { count: balances.total })}
        </p>
        <SimpleTable
          empty={t('noBalances')}
          headers={[
            t('colCreator'),
            t('colCurrency'),
            t('colGross'),
            t('colFees'),
            t('colReversals'),
            t('colPaidOut'),
            t('colBalance'),
          ]}
          numeric={[2, 3, 4, 5, 6]}
          rows={balances.rows.map((b) => ({
            key: `${b.creatorId}-${b.currency}`,
            cells: [
              b.creatorName,
              b.currency,
              amount(b.grossMinor, b.currency),
              amount(b.feesMinor, b.currency),
              amount(b.reversalsMinor, b.currency),
              amount(b.paidOutMinor, b.currency),
              <strong key="balance">{amount(b.balanceMinor, b.currency)}</strong>,
            ],
          }))}
        />
        <AdminPagination
          page={balances.page}
          pages={totalPages(balances.total, balances.pageSize)}
          hrefFor={(p) => analyticsHref({ ...keep, page: p }, '/admin/money')}
        />
      </section>
    </div>
  );
}
