import { getFormatter, getLocale, getTranslations } from 'next-intl/server';

import { formatMoney, money } from '@/lib/money';
import type { PlatformMoney } from '@/lib/data/admin-money';

const FIGURES = [
  'grossMinor',
  'refundsMinor',
  'disputesMinor',
  'platformFeesMinor',
  'creatorNetMinor',
] as const;

/** One card per currency: gross sales, refunds, disputes, platform fees and net to creators. */
export async function PlatformMoneyCards({ totals }: { totals: PlatformMoney[] }) {
  const [t, format, locale] = await Promise.all([
    getTranslations('AdminMoney.Money'),
    getFormatter(),
    getLocale(),
  ]);
  if (totals.length === 0) return <p className="text-muted-foreground text-sm">{t('noLines')}</p>;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {totals.map((m) => (
        <section
          key={m.currency}
          aria-labelledby={`money-${m.currency}`}
          className="bg-card grid gap-3 rounded-lg border p-5 shadow-sm"
        >
          <h3 id={`money-${m.currency}`} className="font-semibold">
            {t('currencyHeading', { currency: m.currency, sales: format.number(m.sales) })}
          </h3>
          <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            {FIGURES.map((key) => (
              <div key={key} className="grid gap-0.5">
                <dt className="text-muted-foreground text-sm">{t(`figures.${key}`)}</dt>
                <dd className="text-xl font-semibold tabular-nums">
                  {formatMoney(money(m[key], m.currency), locale)}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
