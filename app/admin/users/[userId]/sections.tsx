import { getFormatter, getTranslations } from 'next-intl/server';

import { SimpleTable } from '@/components/admin/simple-table';
import { Link } from '@/components/ui/link';
import type { AdminUserDetail } from '@/lib/data/admin-user-detail';

type Cell = React.ReactNode;

/** A titled section holding a table, or one line saying it is empty. */
export function DetailTable({
  id,
  title,
  empty,
  headers,
  rows,
  footer,
}: {
  id: string;
  title: string;
  empty: string;
  headers: string[];
  rows: { key: string | number; cells: Cell[] }[];
  footer?: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="grid gap-3">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <SimpleTable headers={headers} rows={rows} empty={empty} />
      {footer}
    </section>
  );
}

/** Reports the user filed, and reports on the account or on what they wrote. */
export async function ReportsSection({
  by,
  against,
}: {
  by: AdminUserDetail['reportsBy'];
  against: AdminUserDetail['reportsAgainst'];
}) {
  const [t, format] = await Promise.all([getTranslations('AdminUserDetail'), getFormatter()]);
  const rowsOf = (list: AdminUserDetail['reportsBy']) =>
    list.map((r) => ({
      key: r.id,
      cells: [
        t(`targets.${r.targetType as 'course' | 'review' | 'comment' | 'user'}`),
        <span key="target" className="font-mono text-xs break-all">
          {r.targetId}
        </span>,
        r.reason,
        t(`reportStatuses.${r.status as 'open' | 'dismissed' | 'actioned'}`),
        format.dateTime(r.createdAt, { dateStyle: 'medium' }),
      ],
    }));
  const headers = [t('colTarget'), t('colTargetId'), t('colReason'), t('colStatus'), t('colDate')];
  return (
    <>
      <DetailTable
        id="reports-by"
        title={t('reportsBy')}
        empty={t('noReports')}
        headers={headers}
        rows={rowsOf(by)}
      />
      <DetailTable
        id="reports-against"
        title={t('reportsAgainst')}
        empty={t('noReports')}
        headers={headers}
        rows={rowsOf(against)}
      />
    </>
  );
}

/** The newest audit rows where the user acted or was acted on, linked to the filtered log. */
export async function AuditSection({
  userId,
  rows,
}: {
  userId: string;
  rows: AdminUserDetail['audit'];
}) {
  const [t, format] = await Promise.all([getTranslations('AdminUserDetail'), getFormatter()]);
  return (
    <DetailTable
      id="audit"
      title={t('audit')}
      empty={t('noAudit')}
      headers={[t('colDate'), t('colAction'), t('colRelation')]}
      rows={rows.map((r) => ({
        key: r.id,
        cells: [
          format.dateTime(r.at, { dateStyle: 'medium', timeStyle: 'short' }),
          <span key="action" className="font-mono text-xs">
            {r.action}
          </span>,
          r.actorId === userId ? t('asActor') : t('asTarget'),
        ],
      }))}
      footer={
        <p className="flex flex-wrap gap-4 text-sm">
          <Link className="underline" href={`/admin/audit?actor=${userId}`}>
            {t('auditAsActor')}
          </Link>
          <Link className="underline" href={`/admin/audit?target=${userId}`}>
            {t('auditAsTarget')}
          </Link>
        </p>
      }
    />
  );
}
