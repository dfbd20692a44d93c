import { getFormatter, getTranslations } from 'next-intl/server';

import { Card, CardContent, CardHeader } from '@/components/ui/card';
import type { AnalyticsSummary } from '@/lib/data/studio-analytics';

/**
 * Course views → checkout started → paid, as an ordered list of labelled bars: the numbers are text,
 * so the funnel needs no separate table for screen readers.
 */
export async function AnalyticsFunnel({
  summary,
}: {
  summary: Pick<AnalyticsSummary, 'views' | 'checkoutStarts' | 'paidOrders'>;
}) {
  const t = await getTranslations('StudioAnalytics.funnel');
  const format = await getFormatter();
  const steps = [
    { key: 'views', value: summary.views },
    { key: 'checkoutStarts', value: summary.checkoutStarts },
    { key: 'paid', value: summary.paidOrders },
  ] as const;
  const top = Math.max(1, ...steps.map((s) => s.value));
  const rate = (value: number, of: number) =>
    of > 0 ? format.number(value / of, { style: 'percent', maximumFractionDigits: 1 }) : t('none');
  return (
    <Card>
      <CardHeader>
        <h2 className="text-base leading-tight font-semibold">{t('title')}</h2>
      </CardHeader>
      <CardContent>
        <ol className="grid gap-3">
          {steps.map((step, i) => {
            const prev = i > 0 ? steps[i - 1]!.value : null;
            return (
              <li key={step.key} className="grid gap-1">
                <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
                  <span className="font-medium">{t(step.key)}</span>
                  <span className="tabular-nums">
                    {format.number(step.value)}
                    {prev !== null ? (
                      <span className="text-muted-foreground ml-2 text-xs">
                        {t('ofPrevious', { rate: rate(step.value, prev) })}
                      </span>
                    ) : null}
                  </span>
                </div>
                <div aria-hidden className="bg-muted h-3 overflow-hidden rounded">
                  <div
                    className="bg-primary h-full rounded"
                    style={{ width: `${(step.value / top) * 100}%` }}
                  />
                </div>
              </li>
            );
          })}
        </ol>
        <p className="text-muted-foreground mt-3 text-xs">
          {t('overall', { rate: rate(summary.paidOrders, summary.views) })}
        </p>
      </CardContent>
    </Card>
  );
}
