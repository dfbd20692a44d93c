import { getTranslations } from 'next-intl/server';

import { Card, CardContent, CardHeader } from '@/components/ui/card';
import type { ModelVersionDto } from '@/lib/data/admin-models';

import { getModelValues, ModelStatusBadges } from './model-values';

/** Recent versions of every model kind, newest first, with their status and build figures. */
export async function ModelVersionsTable({ versions }: { versions: ModelVersionDto[] }) {
  const t = await getTranslations('Admin.Models');
  const values = await getModelValues();
  const columns = [
    'colModel',
    'colVersion',
    'colStatus',
    'colStarted',
    'colFinished',
    'colCourses',
    'colLearners',
    'colDims',
    'colBuildTime',
    'colMetric',
  ] as const;
  return (
    <Card className="min-w-0">
      <CardHeader>
        <h2 className="text-base leading-tight font-semibold">{t('versionsTitle')}</h2>
      </CardHeader>
      <CardContent>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">
              {t('versionsCaption', { count: versions.length })}
            </caption>
            <thead className="text-muted-foreground">
              <tr>
                {columns.map((c) => (
                  <th key={c} scope="col" className="py-2 pr-3 font-medium whitespace-nowrap">
                    {t(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {versions.map((m) => {
                const v = values(m);
                return (
                  <tr key={`${m.kind}-${m.version}`} className="border-t align-top">
                    <td className="py-2 pr-3 whitespace-nowrap">{v.kind}</td>
                    <th scope="row" className="py-2 pr-3 font-medium whitespace-nowrap">
                      {v.version}
                    </th>
                    <td className="py-2 pr-3">
                      <ModelStatusBadges model={m} />
                    </td>
                    <td className="text-muted-foreground py-2 pr-3 whitespace-nowrap">
                      {v.started}
                    </td>
                    <td className="text-muted-foreground py-2 pr-3 whitespace-nowrap">
                      {v.finished}
                    </td>
                    <td className="py-2 pr-3 tabular-nums">{v.items}</td>
                    <td className="py-2 pr-3 tabular-nums">{v.users}</td>
                    <td className="py-2 pr-3 tabular-nums">{v.dims}</td>
                    <td className="py-2 pr-3 whitespace-nowrap tabular-nums">{v.buildTime}</td>
                    <td className="py-2 whitespace-nowrap">{v.metric}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </CardContent>
    </Card>
  );
}
