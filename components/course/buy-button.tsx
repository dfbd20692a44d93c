'use client';

import { useActionState } from 'react';

import { useTranslations } from 'next-intl';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { initialActionState } from '@/lib/actions/action-state';
import { startCheckoutAction } from '@/lib/actions/payments/start-checkout';
import type { CurrencyCode } from '@/lib/money';

/**
 * "Buy now": posts only the course id, the chosen currency and the coupon code from the link; the server prices and
 * discounts it and redirects to checkout (PAY-1, PAY-2). `free` only changes the label (a 100 %
 * coupon): the server decides again whether the order costs nothing.
 */
export function BuyButton({
  courseId,
  currency,
  couponCode,
  describedBy,
  free = false,
}: {
  courseId: string;
  /** Which of the course's prices to pay, when it sells in two currencies; the server checks it. */
  currency?: CurrencyCode;
  couponCode?: string;
  describedBy?: string;
  free?: boolean;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(startCheckoutAction, initialActionState);
  return (
    <form action={formAction} className="grid gap-2">
      <input type="hidden" name="courseId" value={courseId} />
      {currency ? <input type="hidden" name="currency" value={currency} /> : null}
      {couponCode ? <input type="hidden" name="coupon" value={couponCode} /> : null}
      <Button
        type="submit"
        size="lg"
        className="w-full"
        disabled={pending}
        aria-describedby={describedBy}
      >
        {free
          ? pending
            ? t('Course.price.enrolling')
            : t('Course.price.enrolFree')
          : pending
            ? t('Course.price.buying')
            : t('Course.price.buy')}
      </Button>
      {state.ok === false ? (
        <Alert variant="destructive">{t(state.formError ?? 'Errors.generic')}</Alert>
      ) : null}
    </form>
  );
}
