import { useFormatter, useLocale, useTranslations } from 'next-intl';

import type { OrderDetail } from '@/lib/data/orders';
import { formatMoney } from '@/lib/money';

/** Every step of the order with its time and the event or actor that caused it. */
export function OrderTimeline({ events }: { events: OrderDetail['timeline'] }) {
  const t = useTranslations('Orders');
  const format = useFormatter();
  const locale = useLocale();
  return (
    <section aria-labelledby="timeline" className="grid gap-3">
      <h2 id="timeline" className="text-lg font-semibold">
        {t('detail.timeline')}
      </h2>
      <ol className="grid gap-3 border-l pl-4">
        {events.map((e, i) => (
          <li key={i} className="grid gap-0.5">
            <span className="font-medium">{t(`event.${e.type}`)}</span>
            {e.amount ? (
              <span className="text-sm">
                {t('detail.refundAmount', { amount: formatMoney(e.amount, locale) })}
              </span>
            ) : null}
            <span className="text-muted-foreground text-xs">
              <time dateTime={e.at.toISOString()}>
                {format.dateTime(e.at, { dateStyle: 'medium', timeStyle: 'medium' })}
              </time>{' '}
              · {t('detail.source', { source: e.source })}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
