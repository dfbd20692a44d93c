import type { Metadata } from 'next';

import { getFormatter, getTranslations } from 'next-intl/server';

import { PlatformSettingsForm } from '@/components/admin/platform-settings-form';
import { Link } from '@/components/ui/link';
import { requirePageRole } from '@/lib/auth/guards';
import { listAuditLog } from '@/lib/data/admin-audit';
import { getPlatformSettingsForAdmin } from '@/lib/data/admin-settings';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Admin.Settings'))('metaTitle') };
}

/** Platform settings and the history of every change to them (from the audit log). */
export default async function AdminSettingsPage() {
  const viewer = await requirePageRole('admin', '/admin/settings');
  const [t, format, values, history] = await Promise.all([
    getTranslations('Admin.Settings'),
    getFormatter(),
    getPlatformSettingsForAdmin(viewer),
    listAuditLog(viewer, { action: 'settings.update' }),
  ]);
  return (
    <div className="grid gap-8">
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-muted-foreground text-sm">{t('description')}</p>
      </div>
      <PlatformSettingsForm values={values} />
      <section aria-labelledby="settings-history" className="grid gap-3">
        <h2 id="settings-history" className="text-lg font-semibold">
          {t('history')}
        </h2>
        {history.rows.length === 0 ? (
          <p className="text-muted-foreground text-sm">{t('noHistory')}</p>
        ) : (
          <ol className="grid gap-2 text-sm">
            {history.rows.map((r) => (
              <li key={r.id} className="rounded-lg border p-3">
                <p className="font-medium">
                  {format.dateTime(r.at, { dateStyle: 'medium', timeStyle: 'short' })} ·{' '}
                  {r.actorName ?? r.actorId}
                </p>
                <p className="font-mono text-xs">
                  {r.changes
                    .map(([field, before, after]) => `${field}: ${before} → ${after}`)
                    .join(' · ')}
                </p>
                {r.reason ? <p className="text-muted-foreground">{r.reason}</p> : null}
              </li>
            ))}
          </ol>
        )}
        {history.hasMore ? (
          <Link className="text-sm underline" href="/admin/audit?action=settings.update">
            {t('fullHistory')}
          </Link>
        ) : null}
      </section>
    </div>
  );
}
