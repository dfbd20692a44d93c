import { getFormatter, getTranslations } from 'next-intl/server';

import { Card, CardContent, CardHeader } from '@/components/ui/card';
import { trainInterestAction } from '@/lib/actions/admin/train-interest';
import type { InterestVersionDto } from '@/lib/data/interest-model-admin';

import { TrainModelForm } from './train-model-form';

const STATUS_KEY = {
  building: 'statusBuilding',
  ready: 'statusReady',
  failed: 'statusFailed',
} as const;

/** The user-interest model: served version, its hold-out metric against the baseline, and history. */
export async function InterestModelCard({ versions }: { versions: InterestVersionDto[] }) {
  const [t, format] = await Promise.all([getTranslations('InterestModel'), getFormatter()]);
  const served = versions.find((v) => v.served) ?? null;
  const n = (v: number | null, digits = 4) =>
    v === null ? '—' : format.number(v, { maximumFractionDigits: digits });
  return (
    <Card className="min-w-0" data-testid="interest-model">
      <CardHeader>
        <h2 id="interest-model-title" className="text-base leading-tight font-semibold">
          {t('title')}
        </h2>
        <p className="text-muted-foreground text-sm">{t('hint')}</p>
      </CardHeader>
      <CardContent className="grid gap-4">
        {served ? (
          <dl
            className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm"
            aria-label={t('served')}
          >
            {(
              [
                [t('served'), `v${served.version}`],
                [t('rmse'), n(served.rmse)],
                [t('baselineRmse'), n(served.baselineRmse)],
                [t('users'), n(served.users, 0)],
                [t('categories'), n(served.categories, 0)],
                [t('trainMs'), served.trainMs === null ? '—' : t('ms', { ms: served.trainMs })],
              ] as const
            ).map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-muted-foreground">{label}</dt>
                <dd className="tabular-nums">{value}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <div className="text-sm">
            <p className="font-medium">{t('none')}</p>
            <p className="text-muted-foreground">{t('noneHint')}</p>
          </div>
        )}
        <TrainModelForm
          action={trainInterestAction}
          label={t('train')}
          pendingLabel={t('training')}
        />
        {versions.length > 0 ? (
          <div className="overflow-x-auto">
            <table className="w-full text-sm">
              <caption className="text-muted-foreground mb-2 text-left text-xs">
                {t('versionsCaption')}
              </caption>
              <thead>
                <tr className="text-muted-foreground text-left">
                  <th scope="col" className="py-1 pr-4 font-medium">
                    {t('version')}
                  </th>
                  <th scope="col" className="py-1 pr-4 font-medium">
                    {t('status')}
                  </th>
                  <th scope="col" className="py-1 pr-4 font-medium">
                    {t('rmse')}
                  </th>
                  <th scope="col" className="py-1 pr-4 font-medium">
                    {t('baselineRmse')}
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    {t('finished')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {versions.map((v) => (
                  <tr key={v.version} className="border-t">
                    <td className="py-1 pr-4 tabular-nums">
                      v{v.version}
                      {v.served ? ` (${t('servedBadge')})` : ''}
                    </td>
                    <td className="py-1 pr-4">{t(STATUS_KEY[v.status])}</td>
                    <td className="py-1 pr-4 tabular-nums">{n(v.rmse)}</td>
                    <td className="py-1 pr-4 tabular-nums">{n(v.baselineRmse)}</td>
                    <td className="py-1">
                      {v.finishedAt
                        ? format.dateTime(v.finishedAt, { dateStyle: 'short', timeStyle: 'short' })
                        : '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
