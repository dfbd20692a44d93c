import { useFormatter, useLocale, useTranslations } from 'next-intl';

import { Badge } from '@/components/ui/badge';
import type { CouponRow, CouponState } from '@/lib/data/coupons';
import { formatMoney } from '@/lib/money';

import { CouponCopyLink } from './coupon-copy-link';
import { CouponDeactivateButton } from './coupon-deactivate-button';

const BADGE: Record<CouponState, 'success' | 'outline' | 'warning'> = {
  active: 'success',
  inactive: 'outline',
  expired: 'warning',
  usedUp: 'warning',
};

/** One card per coupon (a table would not fit a phone): terms, uses, link, deactivate. */
export function CouponTable({ coupons, courseUrl }: { coupons: CouponRow[]; courseUrl: string }) {
  const t = useTranslations('StudioPricing.coupons');
  const format = useFormatter();
  const locale = useLocale();
  return (
    <ul className="grid gap-3" aria-label={t('listTitle')}>
      {coupons.map((c) => (
        <li key={c.id} className="grid gap-3 rounded-lg border p-4" data-testid="coupon-row">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <p className="font-mono text-base font-semibold tracking-wider">{c.code}</p>
            <Badge variant={BADGE[c.state]}>{t(`states.${c.state}`)}</Badge>
          </div>
          <dl className="grid gap-2 text-sm sm:grid-cols-3">
            <div>
              <dt className="text-muted-foreground text-xs">{t('discount')}</dt>
              <dd>
                {c.amountOff
                  ? t('amountValue', { amount: formatMoney(c.amountOff, locale) })
                  : t('percentValue', { percent: c.percentOff ?? 0 })}
              </dd>
            </div>
            <div>
              <dt className="text-muted-foreground text-xs">{t('uses')}</dt>
              <dd data-testid="coupon-uses">
                {t('usesValue', {
                  redeemed: c.redeemed,
                  reserved: c.reserved,
                  max:
                    c.maxRedemptions === null
                      ? t('usesUnlimited')
                      : t('usesMax', { max: c.maxRedemptions }),
                })}
                <span className="text-muted-foreground block text-xs">
                  {t('perUser', { count: c.perUserLimit })}
                </span>
              </dd>
            </div>
            <div>
              <dt className="text-muted-foreground text-xs">{t('expires')}</dt>
              <dd>
                {c.validUntil
                  ? format.dateTime(c.validUntil, { dateStyle: 'medium', timeZone: 'UTC' })
                  : t('never')}
              </dd>
            </div>
          </dl>
          {c.state === 'inactive' ? null : (
            <div className="grid gap-2 sm:grid-cols-[1fr_auto] sm:items-start">
              <CouponCopyLink
                url={`${courseUrl}?coupon=${encodeURIComponent(c.code)}`}
                code={c.code}
              />
              <CouponDeactivateButton couponId={c.id} code={c.code} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
