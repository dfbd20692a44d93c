import { useTranslations } from 'next-intl';

import { Alert } from '@/components/ui/alert';
import type { CouponPreview } from '@/lib/data/coupons';
import type { Money } from '@/lib/money';

import { Price } from './price';

/**
 * The price line of the course page. With a valid `?coupon=` it shows the server's discounted price
 * beside the struck-through list price; with a refused one, the reason, and the list price.
 */
export function CouponPrice({ price, coupon }: { price: Money; coupon: CouponPreview | null }) {
  const t = useTranslations();
  if (!coupon) return <Price money={price} className="text-3xl" />;
  if (!coupon.ok)
    return (
      <div className="grid gap-2">
        <Price money={price} className="text-3xl" />
        <Alert variant="destructive" data-testid="coupon-message">
          {t(coupon.message)}
        </Alert>
      </div>
    );
  return (
    <div className="grid gap-1" data-testid="coupon-price">
      <div className="flex flex-wrap items-baseline gap-x-3">
        <Price money={coupon.total} className="text-3xl" />
        <s className="text-muted-foreground">
          <span className="sr-only">{t('Course.price.listPrice')}: </span>
          <Price money={coupon.list} className="font-normal" />
        </s>
        {coupon.percentOff ? (
          <span className="text-success text-sm font-medium">
            {t('Course.price.couponPercent', { percent: coupon.percentOff })}
          </span>
        ) : null}
      </div>
      <p className="text-success text-sm">
        {t('Course.price.couponApplied', { code: coupon.code })}
      </p>
    </div>
  );
}
