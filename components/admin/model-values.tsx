import { getFormatter, getTranslations } from 'next-intl/server';

import { Badge } from '@/components/ui/badge';
import type { ModelStatus, ModelVersionDto } from '@/lib/data/admin-models';

const STATUS_VARIANT: Record<ModelStatus, 'success' | 'secondary' | 'destructive'> = {
  ready: 'success',
  building: 'secondary',
  failed: 'destructive',
};

/** Status as text (colour only repeats it), plus "Served" on the version readers load. */
export async function ModelStatusBadges({ model }: { model: ModelVersionDto }) {
  const t = await getTranslations('Admin.Models');
  return (
    <span className="flex flex-wrap gap-1">
      <Badge variant={STATUS_VARIANT[model.status]}>{t(`statuses.${model.status}`)}</Badge>
      {model.served ? <Badge variant="default">{t('served')}</Badge> : null}
    </span>
  );
}

/** The displayed values of one model version, shared by the served summary and the versions table. */
export async function getModelValues() {
  const t = await getTranslations('Admin.Models');
  const format = await getFormatter();
  const count = (n: number | null) => (n === null ? t('noValue') : format.number(n));
  const date = (d: Date | null) =>
    d ? format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' }) : t('noValue');
  return (m: ModelVersionDto) => ({
    kind: t(`kinds.${m.kind}`),
    version: t('version', { version: m.version }),
    started: date(m.createdAt),
    finished: date(m.finishedAt),
    items: count(m.items),
    users: count(m.users),
    dims: count(m.dims),
    buildTime:
      m.buildMs === null
        ? t('noValue')
        : format.number(m.buildMs / 1000, {
            style: 'unit',
            unit: 'second',
            maximumFractionDigits: 1,
          }),
    metric:
      m.accuracy !== null
        ? t('accuracy', { accuracy: m.accuracy })
        : m.interactions !== null
          ? t('interactions', { count: m.interactions })
          : t('noValue'),
  });
}
