import { getTranslations } from 'next-intl/server';

import { Card, CardContent, CardHeader } from '@/components/ui/card';
import type { ModelVersionDto } from '@/lib/data/admin-models';

import { getModelValues } from './model-values';

/** The version of each model kind that readers load now (the newest ready one). */
export async function ServedModels({ served }: { served: ModelVersionDto[] }) {
  const t = await getTranslations('Admin.Models');
  const values = await getModelValues();
  return (
    <Card className="min-w-0">
      <CardHeader>
        <h2 className="text-base leading-tight font-semibold">{t('servedTitle')}</h2>
      </CardHeader>
      <CardContent>
        {served.length === 0 ? (
          <p className="text-muted-foreground text-sm">{t('noneServed')}</p>
        ) : (
          <div className="grid gap-4 sm:grid-cols-2">
            {served.map((m) => {
              const v = values(m);
              const rows = [
                [t('colVersion'), v.version],
                [t('readySince'), v.finished],
                [t('colCourses'), v.items],
                ...(m.kind === 'recs'
                  ? [
                      [t('colLearners'), v.users],
                      [t('colDims'), v.dims],
                      [t('colBuildTime'), v.buildTime],
                    ]
                  : []),
                [t('colMetric'), v.metric],
              ];
              return (
                <section key={m.kind} aria-labelledby={`served-${m.kind}`} className="grid gap-2">
                  <h3 id={`served-${m.kind}`} className="text-sm font-semibold">
                    {v.kind}
                  </h3>
                  <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                    {rows.map(([label, value]) => (
                      <div key={label} className="contents">
                        <dt className="text-muted-foreground">{label}</dt>
                        <dd className="tabular-nums">{value}</dd>
                      </div>
                    ))}
                  </dl>
                </section>
              );
            })}
          </div>
        )}
      </CardContent>
    </Card>
  );
}
