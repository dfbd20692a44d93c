import type { Metadata } from 'next';

import { getTranslations } from 'next-intl/server';

import { AdminPagination } from '@/components/admin/admin-pagination';
import { OrdersTable } from '@/components/admin/orders-table';
import { Button, buttonVariants } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Download, Receipt } from '@/components/ui/icons';
import { Input } from '@/components/ui/input';
import { ORDER_STATUSES } from '@/db/schema';
import { requirePageRole } from '@/lib/auth/guards';
import { listOrdersForAdmin } from '@/lib/data/admin-orders';
import { adminOrderQuery, adminOrderSearchSchema } from '@/lib/validation/admin-orders';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Admin.Orders'))('metaTitle') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Every order, searchable and filterable by status and creation day (UTC); each opens its page with
 * the refund action. The CSV link exports exactly the filtered rows, every page of them.
 */
export default async function AdminOrdersPage({ searchParams }: Props) {
  const viewer = await requirePageRole('admin', '/admin/orders');
  const { page, ...filter } = adminOrderSearchSchema.parse(await searchParams);
  const { q, status, from, to } = filter;
  const [t, tStatus, result] = await Promise.all([
    getTranslations('Admin.Orders'),
    getTranslations('Enums.orderStatus'),
    listOrdersForAdmin(viewer, { ...filter, page }),
  ]);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const link = (p: number) => `/admin/orders?${adminOrderQuery(filter, { page: String(p) })}`;
  const csvQuery = adminOrderQuery(filter);
  return (
    <div className="grid gap-6">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-2xl font-semibold">{t('title')}</h1>
          <p className="text-muted-foreground text-sm">{t('description')}</p>
        </div>
        <a
          href={`/api/admin/orders.csv${csvQuery ? `?${csvQuery}` : ''}`}
          download
          className={buttonVariants({ variant: 'outline', size: 'sm' })}
        >
          <Download aria-hidden />
          {t('downloadCsv')}
        </a>
      </div>
      <form method="get" role="search" className="flex flex-wrap items-end gap-2">
        <label className="grid gap-1 text-sm">
          {t('search')}
          <Input name="q" defaultValue={q} maxLength={100} className="w-80 max-w-full" />
        </label>
        <label className="grid gap-1 text-sm">
          {t('status')}
          <select
            name="status"
            defaultValue={status ?? ''}
            className="border-input bg-background h-9 rounded-md border px-2 text-sm"
          >
            <option value="">{t('allStatuses')}</option>
            {ORDER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {tStatus(s)}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1 text-sm">
          {t('from')}
          <Input name="from" type="date" defaultValue={from} className="w-40" />
        </label>
        <label className="grid gap-1 text-sm">
          {t('to')}
          <Input name="to" type="date" defaultValue={to} className="w-40" />
        </label>
        <Button type="submit" variant="outline">
          {t('searchSubmit')}
        </Button>
      </form>
      <p className="text-muted-foreground text-sm">{t('total', { count: result.total })}</p>
      {result.rows.length === 0 ? (
        <EmptyState icon={<Receipt />} title={t('empty')} />
      ) : (
        <OrdersTable rows={result.rows} caption={t('title')} />
      )}
      <AdminPagination page={result.page} pages={pages} hrefFor={link} />
    </div>
  );
}
