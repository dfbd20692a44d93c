import type { Metadata } from 'next';
import Link from 'next/link';

import { Receipt } from 'lucide-react';
import { getFormatter, getTranslations } from 'next-intl/server';

import { AdminPagination } from '@/components/admin/admin-pagination';
import { OrderStatusBadge } from '@/components/admin/order-status-badge';
import { Price } from '@/components/course/price';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Input } from '@/components/ui/input';
import { ORDER_STATUSES } from '@/db/schema';
import { requirePageRole } from '@/lib/auth/guards';
import { listOrdersForAdmin } from '@/lib/data/admin-orders';
import { adminOrderSearchSchema } from '@/lib/validation/admin-orders';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Admin.Orders'))('metaTitle') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every order, searchable and filterable by status; each opens its page with the refund action. */
export default async function AdminOrdersPage({ searchParams }: Props) {
  const viewer = await requirePageRole('admin', '/admin/orders');
  const { q, status, page } = adminOrderSearchSchema.parse(await searchParams);
  const [t, tStatus, format, result] = await Promise.all([
    getTranslations('Admin.Orders'),
    getTranslations('Enums.orderStatus'),
    getFormatter(),
    listOrdersForAdmin(viewer, { q, status, page }),
  ]);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const link = (p: number) =>
    `/admin/orders?${new URLSearchParams({ ...(q ? { q } : {}), ...(status ? { status } : {}), page: String(p) })}`;
  return (
    <div className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-muted-foreground text-sm">{t('description')}</p>
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
        <Button type="submit" variant="outline">
          {t('searchSubmit')}
        </Button>
      </form>
      <p className="text-muted-foreground text-sm">{t('total', { count: result.total })}</p>
      {result.rows.length === 0 ? (
        <EmptyState icon={<Receipt />} title={t('empty')} />
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <caption className="sr-only">{t('title')}</caption>
            <thead className="text-muted-foreground">
              <tr>
                <th scope="col" className="py-2 pr-3 font-medium">
                  {t('order')}
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  {t('course')}
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  {t('buyer')}
                </th>
                <th scope="col" className="py-2 pr-3 text-right font-medium">
                  {t('amount')}
                </th>
                <th scope="col" className="py-2 pr-3 font-medium">
                  {t('status')}
                </th>
                <th scope="col" className="py-2 font-medium">
                  {t('date')}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((o) => (
                <tr key={o.id} className="border-t">
                  <th scope="row" className="py-2 pr-3 font-mono text-xs font-normal">
                    <Link href={`/admin/orders/${o.id}`} className="underline">
                      {o.id}
                    </Link>
                  </th>
                  <td className="max-w-56 truncate py-2 pr-3" title={o.courseTitle}>
                    {o.courseTitle}
                  </td>
                  <td className="py-2 pr-3">{o.buyerName}</td>
                  <td className="py-2 pr-3 text-right tabular-nums">
                    <Price money={o.total} />
                  </td>
                  <td className="py-2 pr-3">
                    <OrderStatusBadge status={o.status} />
                  </td>
                  <td className="py-2 whitespace-nowrap">
                    {format.dateTime(o.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AdminPagination page={result.page} pages={pages} hrefFor={link} />
    </div>
  );
}
