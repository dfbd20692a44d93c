import { useTranslations } from 'next-intl';

import type { RefundRuleNote } from '@/lib/data/refund-rule';

/** The refund rule in one sentence, with the learner's own consumption beside it. */
export function RefundRule({ rule, id }: { rule: RefundRuleNote; id?: string }) {
  const t = useTranslations('Orders.refund');
  return (
    <p id={id} className="text-muted-foreground text-xs">
      {t('rule', { days: rule.windowDays, percent: rule.maxConsumedPercent })}
      {rule.consumedPercent !== null ? (
        <> {t('yourConsumption', { percent: rule.consumedPercent })}</>
      ) : null}
    </p>
  );
}
