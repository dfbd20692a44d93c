'use client';

import { useActionState } from 'react';

import { useTranslations } from 'next-intl';

import { useMessage } from '@/components/auth/action-form';
import { Button } from '@/components/ui/button';
import { initialActionState } from '@/lib/actions/action-state';
import { deactivateCouponAction } from '@/lib/actions/studio/deactivate-coupon';

/** A one-field form, so it works without JavaScript too. */
export function CouponDeactivateButton({ couponId, code }: { couponId: string; code: string }) {
  const t = useTranslations('StudioPricing.coupons');
  const msg = useMessage();
  const [state, formAction, pending] = useActionState(deactivateCouponAction, initialActionState);
  return (
    <form action={formAction} className="grid gap-1">
      <input type="hidden" name="couponId" value={couponId} />
      <Button
        type="submit"
        size="sm"
        variant="outline"
        disabled={pending}
        aria-label={`${t('deactivate')} ${code}`}
      >
        {pending ? t('deactivating') : t('deactivate')}
      </Button>
      {state.ok === false ? (
        <p role="alert" className="text-destructive text-xs">
          {msg(state.formError ?? 'Errors.generic')}
        </p>
      ) : null}
    </form>
  );
}
