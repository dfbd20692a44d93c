'use client';

import { useActionState } from 'react';

import { useTranslations } from 'next-intl';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Textarea } from '@/components/ui/textarea';
import { initialActionState } from '@/lib/actions/action-state';
import { decideRefundAction } from '@/lib/actions/payments/decide-refund';

/** Approve or decline one refund request; a reason is required either way. */
export function RefundDecisionForm({ refundId }: { refundId: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(decideRefundAction, initialActionState);
  if (state.ok === true)
    return <Alert role="status">{t(state.message ?? 'Orders.refund.approvedNotice')}</Alert>;
  const error = state.ok === false ? state.fieldErrors?.reason?.[0] : undefined;
  return (
    <form action={formAction} className="grid gap-3">
      <input type="hidden" name="refundId" value={refundId} />
      <FormField
        id={`decision-${refundId}`}
        label={t('Orders.studio.reasonLabel')}
        error={error ? t(error) : undefined}
      >
        {(control) => (
          <Textarea {...control} name="reason" required minLength={3} maxLength={1000} />
        )}
      </FormField>
      {state.ok === false && state.formError ? (
        <Alert variant="destructive">{t(state.formError)}</Alert>
      ) : null}
      <div className="flex gap-2">
        <Button type="submit" name="decision" value="approve" disabled={pending}>
          {t('Orders.studio.approve')}
        </Button>
        <Button type="submit" name="decision" value="decline" variant="outline" disabled={pending}>
          {t('Orders.studio.decline')}
        </Button>
      </div>
    </form>
  );
}
