import type { Metadata } from 'next';

import { getTranslations } from 'next-intl/server';

import { AdminPagination } from '@/components/admin/admin-pagination';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { requirePageRole } from '@/lib/auth/guards';
import { listUsersForAdmin } from '@/lib/data/admin-users';
import { adminUserSearchSchema } from '@/lib/validation/admin-users';

import { UsersTable } from './users-client';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Admin.Users'))('metaTitle') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminUsersPage({ searchParams }: Props) {
  const viewer = await requirePageRole('admin', '/admin/users');
  const { q, page } = adminUserSearchSchema.parse(await searchParams);
  const [t, result] = await Promise.all([
    getTranslations('Admin.Users'),
    listUsersForAdmin(viewer, { q, page }),
  ]);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const link = (p: number) =>
    `/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;
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
        <Button type="submit" variant="outline">
          {t('searchSubmit')}
        </Button>
      </form>
      <p className="text-muted-foreground text-sm">{t('total', { count: result.total })}</p>
      {result.rows.length === 0 ? (
        <p className="text-muted-foreground">{t('empty')}</p>
      ) : (
        <UsersTable
          rows={result.rows.map((r) => ({
            ...r,
            createdAt: r.createdAt.toISOString(),
            lastLoginAt: r.lastLoginAt?.toISOString() ?? null,
          }))}
          selfId={viewer.id}
        />
      )}
      <AdminPagination page={result.page} pages={pages} hrefFor={link} />
    </div>
  );
}
