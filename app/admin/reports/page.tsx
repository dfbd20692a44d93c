import type { Metadata } from 'next';

import { getFormatter, getTranslations } from 'next-intl/server';

import { AppealDecisionForm } from '@/components/admin/appeal-decision-form';
import { ReportActionForm } from '@/components/admin/report-action-form';
import { BULK_FORM_ID, ReportBulkForm } from '@/components/admin/report-bulk-form';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { EmptyState } from '@/components/ui/empty-state';
import { Flag, Scale } from '@/components/ui/icons';
import { Input } from '@/components/ui/input';
import { Link } from '@/components/ui/link';
import { Pagination } from '@/components/ui/pagination';
import { Select } from '@/components/ui/select';
import { REPORT_TARGETS } from '@/db/schema';
import { requirePageRole } from '@/lib/auth/guards';
import { listPendingAppeals, listReportQueue, type ReportLine } from '@/lib/data/admin-reports';
import { totalPages } from '@/lib/pagination';
import { cn } from '@/lib/utils';
import { adminReportSearchSchema, type AdminReportSearch } from '@/lib/validation/admin-reports';
import { REPORT_REASONS } from '@/lib/validation/reviews';

import { ReportTarget } from './report-target';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminReports'))('metaTitle') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function hrefOf(search: AdminReportSearch, page?: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...search, page })) {
    if (v !== undefined && v !== '' && !(k === 'page' && v === 1)) params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `/admin/reports?${qs}` : '/admin/reports';
}

async function ReportHistory({ lines }: { lines: ReportLine[] }) {
  const [t, format] = await Promise.all([getTranslations('AdminReports'), getFormatter()]);
  if (lines.length === 0) return null;
  return (
    <details className="rounded-md border p-3 text-sm">
      <summary className="cursor-pointer font-medium">
        {t('reportsShown', { count: lines.length })}
      </summary>
      <ul className="mt-2 grid gap-2">
        {lines.map((l, i) => (
          <li key={i} className="grid gap-0.5">
            <span>
              {t('reportLine', {
                reporter: l.reporterName,
                reason: t(`reportReasons.${l.reason as (typeof REPORT_REASONS)[number]}`),
                at: format.dateTime(l.createdAt, { dateStyle: 'medium', timeStyle: 'short' }),
              })}
            </span>
            {l.details ? <span className="text-muted-foreground">“{l.details}”</span> : null}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Reported things grouped by target with the content in context, the actions, and the appeals tab. */
export default async function AdminReportsPage({ searchParams }: Props) {
  const viewer = await requirePageRole('admin', '/admin/reports');
  const search = adminReportSearchSchema.parse(await searchParams);
  const view = search.view ?? 'reports';
  const [t, format] = await Promise.all([getTranslations('AdminReports'), getFormatter()]);
  const tabClass = (active: boolean) =>
    cn(
      'rounded-md px-3 py-1.5 text-sm font-medium',
      active ? 'bg-primary text-primary-foreground' : 'hover:bg-muted',
    );
  const paginationLabels = {
    nav: t('pagination'),
    previous: t('previous'),
    next: t('next'),
    page: (n: number) => t('page', { page: n }),
  };

  const header = (
    <>
      <div>
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        <p className="text-muted-foreground text-sm">{t('description')}</p>
      </div>
      <nav aria-label={t('tabsLabel')} className="flex gap-2">
        <Link
          href="/admin/reports"
          className={tabClass(view === 'reports')}
          aria-current={view === 'reports' ? 'page' : undefined}
        >
          {t('tabs.reports')}
        </Link>
        <Link
          href="/admin/reports?view=appeals"
          className={tabClass(view === 'appeals')}
          aria-current={view === 'appeals' ? 'page' : undefined}
        >
          {t('tabs.appeals')}
        </Link>
      </nav>
    </>
  );

  if (view === 'appeals') {
    const appeals = await listPendingAppeals(viewer, search.page);
    return (
      <div className="grid gap-6">
        {header}
        {appeals.rows.length === 0 ? (
          <EmptyState icon={<Scale />} title={t('appeals.empty')} />
        ) : (
          <ul className="grid gap-4">
            {appeals.rows.map((a) => (
              <li key={a.decisionId} className="grid gap-3 rounded-lg border p-5">
                <div className="flex flex-wrap items-center gap-2">
                  <Badge variant="secondary">{t(`types.${a.target.type}`)}</Badge>
                  <Badge variant="warning">{t(`decisionActions.${a.action}`)}</Badge>
                </div>
                <ReportTarget target={a.target} />
                <p className="text-sm">
                  {t('appeals.decision', {
                    action: t(`decisionActions.${a.action}`),
                    reason: t(`reasons.${a.reason as 'other'}`),
                    by: a.decidedByName ?? '—',
                    at: format.dateTime(a.decidedAt, { dateStyle: 'medium', timeStyle: 'short' }),
                  })}
                </p>
                {a.note ? <p className="text-sm">{t('appeals.note', { note: a.note })}</p> : null}
                <div className="grid gap-1 text-sm">
                  <p className="font-medium">
                    {t('appeals.appealedAt', {
                      at: format.dateTime(a.appealedAt, {
                        dateStyle: 'medium',
                        timeStyle: 'short',
                      }),
                    })}
                  </p>
                  <blockquote className="bg-muted/60 rounded-md border-l-4 px-3 py-2 whitespace-pre-wrap">
                    {a.appealText}
                  </blockquote>
                </div>
                <ReportHistory lines={a.reports} />
                <AppealDecisionForm decisionId={a.decisionId} />
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={appeals.page}
          pages={totalPages(appeals.total, appeals.pageSize)}
          hrefFor={(p) => hrefOf({ view: 'appeals' }, p)}
          labels={paginationLabels}
        />
      </div>
    );
  }

  const queue = await listReportQueue(viewer, search);
  const resolved = search.status === 'resolved';
  return (
    <div className="grid gap-6">
      {header}
      <form method="get" role="search" className="flex flex-wrap items-end gap-3">
        <label className="grid gap-1 text-sm">
          {t('filters.type')}
          <Select name="type" defaultValue={search.type ?? ''} className="w-40">
            <option value="">{t('filters.all')}</option>
            {REPORT_TARGETS.map((type) => (
              <option key={type} value={type}>
                {t(`types.${type}`)}
              </option>
            ))}
          </Select>
        </label>
        <label className="grid gap-1 text-sm">
          {t('filters.status')}
          <Select name="status" defaultValue={search.status ?? 'open'} className="w-36">
            <option value="open">{t('filters.open')}</option>
            <option value="resolved">{t('filters.resolved')}</option>
          </Select>
        </label>
        <label className="grid gap-1 text-sm">
          {t('filters.reason')}
          <Select name="reason" defaultValue={search.reason ?? ''} className="w-40">
            <option value="">{t('filters.all')}</option>
            {REPORT_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`reportReasons.${r}`)}
              </option>
            ))}
          </Select>
        </label>
        <label className="grid gap-1 text-sm">
          {t('filters.search')}
          <Input name="q" defaultValue={search.q} maxLength={100} className="w-64 max-w-full" />
        </label>
        <Button type="submit" variant="outline">
          {t('filters.apply')}
        </Button>
      </form>
      <p className="text-muted-foreground text-sm" data-testid="reports-total">
        {t('total', { count: queue.total })}
      </p>
      {queue.rows.length === 0 ? (
        <EmptyState icon={<Flag />} title={resolved ? t('emptyResolved') : t('empty')} />
      ) : (
        <>
          {resolved ? null : <ReportBulkForm />}
          <ul className="grid gap-4">
            {queue.rows.map((r) => {
              const titleId = `report-${r.key.replace(':', '-')}`;
              return (
                <li
                  key={r.key}
                  className="grid gap-3 rounded-lg border p-5"
                  aria-labelledby={titleId}
                  data-testid="report-row"
                >
                  <div className="flex flex-wrap items-center gap-3">
                    {resolved ? null : (
                      <Checkbox
                        name="targets"
                        value={r.key}
                        form={BULK_FORM_ID}
                        aria-label={t('select')}
                      />
                    )}
                    <h2 id={titleId} className="text-base font-semibold">
                      {t('rowTitle', {
                        type: t(`types.${r.targetType}`),
                        count: r.reportCount,
                      })}
                    </h2>
                    {r.reasons.map((reason) => (
                      <Badge key={reason} variant="outline">
                        {t(`reportReasons.${reason as (typeof REPORT_REASONS)[number]}`)}
                      </Badge>
                    ))}
                    <span className="text-muted-foreground text-xs">
                      {t('lastReported', {
                        at: format.dateTime(r.lastReportedAt, {
                          dateStyle: 'medium',
                          timeStyle: 'short',
                        }),
                      })}
                    </span>
                  </div>
                  <ReportTarget target={r.target} />
                  <ReportHistory lines={r.reports} />
                  {resolved ? null : (
                    <ReportActionForm
                      targetType={r.targetType}
                      targetId={r.targetId}
                      canSuspend={
                        r.target.exists &&
                        r.target.authorId !== viewer.id &&
                        r.target.authorStatus === 'active'
                      }
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <Pagination
        page={queue.page}
        pages={totalPages(queue.total, queue.pageSize)}
        hrefFor={(p) => hrefOf(search, p)}
        labels={paginationLabels}
      />
    </div>
  );
}
