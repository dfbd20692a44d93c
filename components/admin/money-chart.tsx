'use client';

import { useLocale, useTranslations } from 'next-intl';

import { DailyBarLineChart } from '@/components/dashboard/daily-bar-line-chart';
import type { MoneyDay } from '@/lib/data/admin-money';
import { formatMoney, money, type CurrencyCode } from '@/lib/money';

/** Gross sales (bars) and platform fees (line) per UTC day in one currency, and as a table. */
export function MoneyChart({ currency, days }: { currency: CurrencyCode; days: MoneyDay[] }) {
  const t = useTranslations('AdminMoney.Chart');
  const locale = useLocale();
  return (
    <figure className="grid gap-2">
      <figcaption className="font-medium">{t('caption', { currency })}</figcaption>
      <DailyBarLineChart
        data={days}
        bar={{ key: 'grossMinor', label: t('gross') }}
        line={{ key: 'platformFeesMinor', label: t('fees') }}
        formatValue={(minor) => formatMoney(money(Math.round(minor), currency), locale)}
        dateLabel={t('date')}
        table={{ summary: t('showTable'), caption: t('caption', { currency }) }}
        axisWidth={72}
      />
    </figure>
  );
}
