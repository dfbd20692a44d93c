import type { Metadata } from 'next';

import { getFormatter, getTranslations } from 'next-intl/server';

import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { ScrollText } from '@/components/ui/icons';
import { Input } from '@/components/ui/input';
import { requirePageRole } from '@/lib/auth/guards';
import { listAuditLog } from '@/lib/data/admin-audit';
import { adminAuditSearchSchema } from '@/lib/validation/admin-audit';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Admin.Audit'))('metaTitle') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const FIELDS = ['actor', 'action', 'target', 'from', 'to'] as const;

/** Every privileged change, newest first, with filters; each row shows only what changed. */
export default async function AdminAuditPage({ searchParams }: Props) {
  const viewer = await requirePageRole('admin', '/admin/audit');
  const filters = adminAuditSearchSchema.parse(await searchParams);
  const [t, format, result] = await Promise.all([
    getTranslations('Admin.Audit'),
    getFormatter(),
    listAuditLog(viewer, filters),
  ]);
  const link = (page: number) => {
    const q = new URLSearchParams();
    for (const f of FIELDS) if (filters[f]) q.set(f, filters[f]);
    q.set('page', String(page));
    return `/admin/audit?${q}`;
  };
  return (
    <div className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-muted-foreground text-sm">{t('description')}</p>
      </div>
      <form method="get" role="search" className="flex flex-wrap items-end gap-2">
        {FIELDS.map((f) => (
          <label key={f} className="grid gap-1 text-sm">
            {t(`filter.${f}`)}
            <Input
              name={f}
              type={f === 'from' || f === 'to' ? 'date' : 'text'}
              defaultValue={filters[f]}
              maxLength={255}
              className="w-44 max-w-full"
            />
          </label>
        ))}
        <Button type="submit" variant="outline">
          {t('apply')}
        </Button>
      </form>
      {result.rows.length === 0 ? (
        <EmptyState icon={<ScrollText />} title={t('empty')} />
      ) : (
        <ol className="grid gap-3" aria-label={t('title')}>
          {result.rows.map((r) => (
            <li key={r.id} className="grid gap-1 rounded-lg border p-4 text-sm">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <code className="font-semibold">{r.action}</code>
                <time dateTime={r.at.toISOString()} className="text-muted-foreground text-xs">
                  {format.dateTime(r.at, { dateStyle: 'medium', timeStyle: 'medium' })}
                </time>
              </div>
              <p>
                {t('by', { actor: r.actorName ?? r.actorId ?? t('system') })}
                {r.actorIp ? ` · ${r.actorIp}` : ''} ·{' '}
                {t('target', { type: r.targetType, id: r.targetId })}
              </p>
              {r.reason ? <p>{t('reason', { reason: r.reason })}</p> : null}
              {r.changes.length > 0 ? (
                <table className="mt-1 w-full text-left text-xs">
                  <caption className="sr-only">{t('changes')}</caption>
                  <thead className="text-muted-foreground">
                    <tr>
                      <th scope="col" className="pr-3 font-medium">
                        {t('field')}
                      </th>
                      <th scope="col" className="pr-3 font-medium">
                        {t('before')}
                      </th>
                      <th scope="col" className="font-medium">
                        {t('after')}
                      </th>
                    </tr>
                  </thead>
                  <tbody className="font-mono">
                    {r.changes.map(([field, before, after]) => (
                      <tr key={field}>
                        <th scope="row" className="pr-3 font-normal">
                          {field}
                        </th>
                        <td className="pr-3 break-all">{before}</td>
                        <td className="break-all">{after}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {result.page > 1 || result.hasMore ? (
        <nav className="flex items-center gap-3 text-sm" aria-label={t('pages')}>
          {result.page > 1 ? (
            <a className="underline" href={link(result.page - 1)}>
              {t('previous')}
            </a>
          ) : null}
          <span>{t('page', { page: result.page })}</span>
          {result.hasMore ? (
            <a className="underline" href={link(result.page + 1)}>
              {t('next')}
            </a>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
