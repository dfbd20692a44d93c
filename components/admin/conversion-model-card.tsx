import { getFormatter, getLocale, getTranslations } from 'next-intl/server';

import { Alert } from '@/components/ui/alert';
import { Card, CardContent, CardHeader } from '@/components/ui/card';
import { trainConversionAction } from '@/lib/actions/admin/train-conversion';
import type { Viewer } from '@/lib/auth/viewer';
import {
  AT_RISK_DAYS,
  listLikelyAbandonedForAdmin,
  type AtRiskCheckoutDto,
} from '@/lib/data/checkout-recovery';
import { getConversionModelForAdmin } from '@/lib/data/conversion-model';
import { formatMoney, isCurrency } from '@/lib/money';

import { RecoveryMailForm } from './recovery-mail-form';
import { TrainModelForm } from './train-model-form';

/**
 * The payment-success model on /admin/models: the served version's held-out metrics next to the
 * base rate's, the train button, and the open checkouts it expects to be abandoned.
 */
export async function ConversionModelCard({ viewer }: { viewer: Viewer }) {
  const [t, format, model, atRisk] = await Promise.all([
    getTranslations('ConversionModel'),
    getFormatter(),
    getConversionModelForAdmin(viewer),
    listLikelyAbandonedForAdmin(viewer),
  ]);
  const n = (v: number | undefined, digits = 3) =>
    v === undefined
      ? '—'
      : format.number(v, { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const m = model.served?.metrics;
  const rows: [string, string][] = m
    ? [
        [t('metrics.auc'), n(m.auc)],
        [t('metrics.baselineAuc'), n(m.baselineAuc)],
        [t('metrics.logLoss'), n(m.logLoss)],
        [t('metrics.baselineLogLoss'), n(m.baselineLogLoss)],
        [t('metrics.examples'), m.examples === undefined ? '—' : format.number(m.examples)],
        [
          t('metrics.trainMs'),
          m.trainMs === undefined ? '—' : t('metrics.ms', { value: m.trainMs }),
        ],
      ]
    : [];
  return (
    <Card role="region" aria-labelledby="conversion-model-title" className="min-w-0">
      <CardHeader>
        <h2 id="conversion-model-title" className="text-base leading-tight font-semibold">
          {t('title')}
        </h2>
        <p className="text-muted-foreground text-sm">{t('description')}</p>
      </CardHeader>
      <CardContent className="grid gap-6">
        <div className="grid gap-4 md:grid-cols-[1fr_auto] md:items-start">
          {model.served ? (
            <section aria-labelledby="conversion-served" className="grid gap-2">
              <h3 id="conversion-served" className="text-sm font-semibold">
                {t('served', { version: model.served.version })}
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
          ) : (
            <p className="text-muted-foreground text-sm">{t('none')}</p>
          )}
          <TrainModelForm
            action={trainConversionAction}
            label={t('train')}
            pendingLabel={t('training')}
          />
        </div>
        {model.lastFailed ? (
          <Alert variant="destructive">
            {t('lastFailed', { version: model.lastFailed.version })}
          </Alert>
        ) : null}
        <AtRiskList model={atRisk.model} rows={atRisk.rows} />
      </CardContent>
    </Card>
  );
}

async function AtRiskList({ model, rows }: { model: boolean; rows: AtRiskCheckoutDto[] }) {
  const [t, format, locale] = await Promise.all([
    getTranslations('ConversionModel.atRisk'),
    getFormatter(),
    getLocale(),
  ]);
  const state = (r: AtRiskCheckoutDto) => {
    if (r.recovery === 'available')
      return (
        <RecoveryMailForm orderId={r.orderId} buyerName={r.buyerName} courseTitle={r.courseTitle} />
      );
    const label = { sent: t('sent'), opted_out: t('optedOut'), no_email: t('noEmail') }[r.recovery];
    return <span className="text-muted-foreground text-sm">{label}</span>;
  };
  return (
    <section aria-labelledby="at-risk-title" className="grid gap-3">
      <div>
        <h3 id="at-risk-title" className="text-sm font-semibold">
          {t('title')}
        </h3>
        <p className="text-muted-foreground text-sm">{t('description', { days: AT_RISK_DAYS })}</p>
      </div>
      {!model ? (
        <p className="text-muted-foreground text-sm">{t('noModel')}</p>
      ) : rows.length === 0 ? (
        <p className="text-muted-foreground text-sm">{t('empty')}</p>
      ) : (
        <ul className="divide-y rounded-md border" aria-label={t('title')}>
          {rows.map((r) => (
            <li
              key={r.orderId}
              data-testid="at-risk-checkout"
              className="grid gap-2 p-3 text-sm sm:grid-cols-[1fr_auto] sm:items-center"
            >
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
                <dt className="text-muted-foreground">{t('buyer')}</dt>
                <dd>{r.buyerName}</dd>
                <dt className="text-muted-foreground">{t('course')}</dt>
                <dd className="truncate" title={r.courseTitle}>
                  {r.courseTitle}
                </dd>
                <dt className="text-muted-foreground">{t('amount')}</dt>
                <dd className="tabular-nums">
                  {isCurrency(r.currency)
                    ? formatMoney({ amountMinor: r.amountMinor, currency: r.currency }, locale)
                    : r.amountMinor}
                </dd>
                <dt className="text-muted-foreground">{t('started')}</dt>
                <dd>{format.dateTime(r.startedAt, { dateStyle: 'medium', timeStyle: 'short' })}</dd>
                <dt className="text-muted-foreground">{t('predicted')}</dt>
                <dd className="tabular-nums">
                  {format.number(r.predicted, { style: 'percent', maximumFractionDigits: 1 })}
                </dd>
              </dl>
              <div>{state(r)}</div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
