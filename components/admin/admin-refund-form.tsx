'use client';

import { useActionState, useState } from 'react';

import { useLocale, useTranslations } from 'next-intl';

import { RefundReasonField } from '@/components/orders/refund-reason-field';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { initialActionState } from '@/lib/actions/action-state';
import { refundOrderAction } from '@/lib/actions/admin/refund-order';
import { formatMoney, type Money } from '@/lib/money';

/**
 * A refund of a paid order with a reason: everything left, or the amount entered (the server checks
 * it again); a second click confirms, since it cannot be undone.
 */
export function AdminRefundForm({ orderId, left }: { orderId: string; left: Money }) {
  const t = useTranslations();
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(refundOrderAction, initialActionState);
  const [confirming, setConfirming] = useState(false);
  if (state.ok === true)
    return <Alert role="status">{t(state.message ?? 'Admin.Orders.refundIssued')}</Alert>;
  const error = state.ok === false ? state.fieldErrors?.reason?.[0] : undefined;
  const amountError = state.ok === false ? state.fieldErrors?.amount?.[0] : undefined;
  const values = state.ok === false ? state.values : undefined;
  return (
    <form action={formAction} className="grid gap-3">
      <input type="hidden" name="orderId" value={orderId} />
      <FormField
        id={`admin-refund-amount-${orderId}`}
        label={t('Admin.Orders.amountLabel', { currency: left.currency })}
        hint={t('Admin.Orders.amountHelp', { left: formatMoney(left, locale) })}
        error={amountError ? t(amountError) : undefined}
      >
        {(control) => (
          <Input
            {...control}
            name="amount"
            inputMode="decimal"
            autoComplete="off"
            defaultValue={values?.amount ?? ''}
            className="max-w-40"
          />
        )}
      </FormField>
      <RefundReasonField
        id={`admin-refund-${orderId}`}
        label={t('Admin.Orders.reasonLabel')}
        error={error}
        defaultValue={values?.reason}
      />
      {state.ok === false && state.formError ? (
        <Alert variant="destructive">{t(state.formError)}</Alert>
      ) : null}
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2">
          <span className="text-sm">{t('Admin.Orders.confirmRefund')}</span>
          <Button type="submit" variant="destructive" disabled={pending}>
            {t('Admin.Orders.confirmRefundButton')}
          </Button>
          <Button type="button" variant="outline" onClick={() => setConfirming(false)}>
            {t('Admin.Orders.cancel')}
          </Button>
        </div>
      ) : (
        <div>
          <Button type="button" variant="outline" onClick={() => setConfirming(true)}>
            {t('Admin.Orders.refundButton')}
          </Button>
        </div>
      )}
    </form>
  );
}
