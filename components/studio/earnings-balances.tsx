import { getLocale, getTranslations } from 'next-intl/server';

import { Card } from '@/components/ui/card';
import type { EarningsBalance } from '@/lib/data/studio-earnings';
import { formatMoney } from '@/lib/money';

/** One card per currency: earned, paid out and the balance (never summed across currencies). */
export async function EarningsBalances({ balances }: { balances: EarningsBalance[] }) {
  const t = await getTranslations('StudioAnalytics.earnings.balance');
  const locale = await getLocale();
  const fmt = (amountMinor: number, currency: EarningsBalance['currency']) =>
    formatMoney({ amountMinor, currency }, locale);
  return (
    <section aria-labelledby="earnings-balance-heading" className="grid gap-3">
      <h2 id="earnings-balance-heading" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2">
        {balances.map((b) => (
          <Card key={b.currency} className="p-4" data-testid={`balance-${b.currency}`}>
            <dl className="grid grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-sm">
              <dt className="text-muted-foreground">{t('earned')}</dt>
              <dd className="text-right tabular-nums">{fmt(b.earnedMinor, b.currency)}</dd>
              <dt className="text-muted-foreground">{t('paidOut')}</dt>
              <dd className="text-right tabular-nums">{fmt(b.paidOutMinor, b.currency)}</dd>
              <dt className="font-semibold">{t('balance', { currency: b.currency })}</dt>
              <dd className="text-right text-lg font-semibold tabular-nums">
                {fmt(b.balanceMinor, b.currency)}
              </dd>
            </dl>
          </Card>
        ))}
      </div>
    </section>
  );
}
