'use client';

import { useActionState } from 'react';

import { useTranslations } from 'next-intl';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { initialActionState } from '@/lib/actions/action-state';
import { requestRefundAction } from '@/lib/actions/payments/request-refund';

import { RefundReasonField } from './refund-reason-field';

export function RefundRequestForm({ orderId }: { orderId: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(requestRefundAction, initialActionState);
  if (state.ok === true) return <Alert role="status">{t('Orders.refund.requested')}</Alert>;
  const error = state.ok === false ? state.fieldErrors?.reason?.[0] : undefined;
  return (
    <form action={formAction} className="grid gap-3 print:hidden">
      <input type="hidden" name="orderId" value={orderId} />
      <RefundReasonField
        id="refund-reason"
        label={t('Orders.refund.reasonLabel')}
        error={error}
        defaultValue={state.ok === false ? state.values?.reason : undefined}
      />
      {state.ok === false && state.formError ? (
        <Alert variant="destructive">{t(state.formError)}</Alert>
      ) : null}
      <Button type="submit" disabled={pending} className="justify-self-start">
        {pending ? t('Orders.refund.submitting') : t('Orders.refund.submit')}
      </Button>
    </form>
  );
}
