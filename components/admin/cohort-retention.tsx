import { getFormatter, getTranslations } from 'next-intl/server';

import { Card, CardContent, CardHeader } from '@/components/ui/card';
import type { CohortCell, CohortTable } from '@/lib/analytics/cohorts';

/** Strongest shading, kept light enough that the cell's text keeps its contrast in both themes. */
const MAX_SHADE = 40;

/**
 * Weekly sign-up cohorts as a table: one row per cohort, one column per week after sign-up. Every
 * cell shows its share and its count as text; the shading only repeats the share.
 */
export async function CohortRetention({ table }: { table: CohortTable }) {
  const [t, format] = await Promise.all([
    getTranslations('AdminAnalytics.cohorts'),
    getFormatter(),
  ]);
  const pct = (v: number) => format.number(v, { style: 'percent', maximumFractionDigits: 0 });
  const weekDate = (day: string) =>
    format.dateTime(new Date(`${day}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
  const weeks = Array.from({ length: table.weeks + 1 }, (_, i) => i);
  const hasIncomplete = table.rows.some((r) => r.cells.some((c) => !c.complete));

  return (
    <Card>
      <CardHeader>
        <h2 id="cohorts" className="text-base leading-tight font-semibold">
          {t('title')}
        </h2>
        <p className="text-muted-foreground text-sm">{t('description', { weeks: table.weeks })}</p>
      </CardHeader>
      <CardContent className="grid gap-2">
        {table.rows.length === 0 ? (
          <p className="text-muted-foreground text-sm">{t('empty')}</p>
        ) : (
          // `relative` keeps the cells' sr-only text inside the scroll box: absolutely placed, it
          // would otherwise widen the page on a phone.
          <div className="relative overflow-x-auto rounded-md border" data-testid="cohort-table">
            <table className="w-full text-sm tabular-nums">
              <caption className="sr-only">{t('caption')}</caption>
              <thead className="bg-muted/60 text-xs">
                <tr>
                  <th scope="col" className="p-2 text-left">
                    {t('cohort')}
                  </th>
                  <th scope="col" className="p-2 text-right">
                    {t('size')}
                  </th>
                  {weeks.map((w) => (
                    <th key={w} scope="col" className="p-2 text-right">
                      {t('week', { week: w })}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((r) => (
                  <tr key={r.weekStart} className="border-t">
                    <th scope="row" className="p-2 text-left font-normal whitespace-nowrap">
                      {t('weekOf', { date: weekDate(r.weekStart) })}
                    </th>
                    <td className="p-2 text-right">{format.number(r.size)}</td>
                    {weeks.map((w) => (
                      <Cell
                        key={w}
                        cell={r.cells[w]}
                        pct={pct}
                        labels={{
                          inProgress: t('inProgress'),
                          noData: t('noData'),
                          active: (count) => t('activeUsers', { count }),
                        }}
                      />
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot className="border-t font-medium">
                <tr>
                  <th scope="row" className="p-2 text-left" colSpan={2}>
                    {t('average')}
                  </th>
                  {table.average.map((a, w) => (
                    <td key={w} className="p-2 text-right">
                      {a === null ? <NoData label={t('noData')} /> : pct(a)}
                    </td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </div>
        )}
        <p className="text-muted-foreground text-xs">
          {t('note')} {hasIncomplete ? t('inProgressNote') : null}
        </p>
      </CardContent>
    </Card>
  );
}

function NoData({ label }: { label: string }) {
  return (
    <>
      <span aria-hidden>—</span>
      <span className="sr-only">{label}</span>
    </>
  );
}

function Cell({
  cell,
  pct,
  labels,
}: {
  cell: CohortCell | undefined;
  pct: (v: number) => string;
  labels: { inProgress: string; noData: string; active: (count: number) => string };
}) {
  if (!cell)
    return (
      <td className="text-muted-foreground p-2 text-right">
        <NoData label={labels.noData} />
      </td>
    );
  const shade = Math.round(cell.share * MAX_SHADE);
  return (
    <td
      className="p-2 text-right"
      style={{ backgroundColor: `color-mix(in oklab, var(--primary) ${shade}%, transparent)` }}
    >
      <span className="block font-medium">
        {pct(cell.share)}
        {cell.complete ? null : (
          <>
            <span aria-hidden>*</span>
            <span className="sr-only"> {labels.inProgress}</span>
          </>
        )}
      </span>
      <span aria-hidden className="block text-xs">
        {cell.active}
      </span>
      <span className="sr-only">{labels.active(cell.active)}</span>
    </td>
  );
}
