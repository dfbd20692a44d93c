import { getFormatter, getLocale, getTranslations } from 'next-intl/server';

import { Card, CardContent, CardHeader } from '@/components/ui/card';
import {
  priceBandBounds,
  type PriceBandKey,
  type SegmentDimension,
  type SegmentedFunnel,
  type SegmentRow,
} from '@/lib/analytics/funnel-segments';
import { formatMoney } from '@/lib/money';

/**
 * The funnel per price band, device and payment method, one table each. Device and method tables
 * have no view columns: a course view records neither, so those splits start at checkout.
 */
export async function FunnelSegments({ funnel }: { funnel: SegmentedFunnel }) {
  const t = await getTranslations('AdminAnalytics.segments');
  return (
    <Card>
      <CardHeader>
        <h2 id="segments" className="text-base leading-tight font-semibold">
          {t('title')}
        </h2>
        <p className="text-muted-foreground text-sm">{t('description')}</p>
      </CardHeader>
      <CardContent className="grid gap-6">
        <SegmentTable dimension="priceBand" table={funnel.priceBand} />
        <div className="grid gap-6 xl:grid-cols-2">
          <SegmentTable dimension="device" table={funnel.device} />
          <SegmentTable dimension="method" table={funnel.method} />
        </div>
      </CardContent>
    </Card>
  );
}

async function SegmentTable({
  dimension,
  table,
}: {
  dimension: SegmentDimension;
  table: SegmentedFunnel[SegmentDimension];
}) {
  const [t, tAll, format, locale] = await Promise.all([
    getTranslations('AdminAnalytics.segments'),
    getTranslations(),
    getFormatter(),
    getLocale(),
  ]);
  const withViews = dimension === 'priceBand';
  const id = `segments-${dimension}`;
  const pct = (v: number | null) =>
    v === null ? '—' : format.number(v, { style: 'percent', maximumFractionDigits: 1 });
  // A band is set in US dollars; CNY prices are compared at the model's fixed rate, shown beside.
  const both = (major: number, cnyPerUsd: number) => ({
    usd: formatMoney({ amountMinor: major * 100, currency: 'USD' }, locale),
    cny: formatMoney({ amountMinor: major * cnyPerUsd * 100, currency: 'CNY' }, locale),
  });
  const label = (key: string) => {
    if (key === 'total') return t('total');
    if (dimension === 'priceBand') {
      const b = priceBandBounds(key as PriceBandKey);
      if (!b) return t(`band.${key === 'free' ? 'free' : 'unknown'}`);
      const min = both(b.minUsd ?? 0, b.cnyPerUsd);
      const max = both(b.maxUsd ?? 0, b.cnyPerUsd);
      if (b.minUsd === null) return t('band.below', { max: max.usd, maxCny: max.cny });
      if (b.maxUsd === null) return t('band.from', { min: min.usd, minCny: min.cny });
      return t('band.between', { min: min.usd, max: max.usd, minCny: min.cny, maxCny: max.cny });
    }
    if (dimension === 'device') return t.has(`device.${key}`) ? t(`device.${key}`) : key;
    if (key === 'none') return t('methodNone');
    return tAll.has(`Orders.method.${key}`) ? tAll(`Orders.method.${key}`) : key;
  };
  const cells = (r: SegmentRow) => [
    ...(withViews ? [format.number(r.views ?? 0)] : []),
    format.number(r.checkouts),
    format.number(r.paid),
    ...(withViews ? [pct(r.checkoutRate)] : []),
    pct(r.paidRate),
    ...(withViews ? [pct(r.overallRate)] : []),
  ];
  const headers = [
    t(`by.${dimension}`),
    ...(withViews ? [t('views')] : []),
    t('checkouts'),
    t('paid'),
    ...(withViews ? [t('checkoutRate')] : []),
    t('paidRate'),
    ...(withViews ? [t('overallRate')] : []),
  ];

  return (
    <section aria-labelledby={id} className="grid gap-2" data-testid={id}>
      <h3 id={id} className="text-sm font-semibold">
        {t(`heading.${dimension}`)}
      </h3>
      {table.rows.length === 0 ? (
        <p className="text-muted-foreground text-sm">{t('empty')}</p>
      ) : (
        <div className="relative overflow-x-auto rounded-md border">
          <table className="w-full text-left text-sm">
            <thead className="bg-muted/60 text-xs">
              <tr>
                {headers.map((h, i) => (
                  <th key={h} scope="col" className={i === 0 ? 'p-2' : 'p-2 text-right'}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r) => (
                <SegmentTableRow key={r.key} label={label(r.key)} cells={cells(r)} />
              ))}
            </tbody>
            <tfoot className="border-t font-medium">
              <SegmentTableRow label={label('total')} cells={cells(table.total)} />
            </tfoot>
          </table>
        </div>
      )}
      <p className="text-muted-foreground text-xs">{t(`note.${dimension}`)}</p>
    </section>
  );
}

function SegmentTableRow({ label, cells }: { label: string; cells: string[] }) {
  return (
    <tr className="border-t">
      <th scope="row" className="p-2 font-normal">
        {label}
      </th>
      {cells.map((c, i) => (
        <td key={i} className="p-2 text-right tabular-nums">
          {c}
        </td>
      ))}
    </tr>
  );
}
