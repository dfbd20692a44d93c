import { useLocale, useTranslations } from 'next-intl';

import { formatMoney, type Money } from '@/lib/money';
import { cn } from '@/lib/utils';

/** The one way to show a price: integer minor units formatted for the active locale (STYLE §7). */
export function Price({ money, className }: { money: Money; className?: string }) {
  const locale = useLocale();
  const t = useTranslations('Common');
  return (
    <span className={cn('font-semibold tabular-nums', className)}>
      {money.amountMinor === 0 ? t('free') : formatMoney(money, locale)}
    </span>
  );
}
