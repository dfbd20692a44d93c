'use client';

import { useActionState } from 'react';

import { useTranslations } from 'next-intl';

import { useMessage } from '@/components/auth/action-form';
import { Button } from '@/components/ui/button';
import { initialActionState } from '@/lib/actions/action-state';
import { sendRecoveryMailAction } from '@/lib/actions/admin/send-recovery-mail';

/** One at-risk checkout's "send recovery email" button; the result is announced politely. */
export function RecoveryMailForm({
  orderId,
  buyerName,
  courseTitle,
}: {
  orderId: string;
  buyerName: string;
  courseTitle: string;
}) {
  const t = useTranslations('ConversionModel.atRisk');
  const msg = useMessage();
  const [state, formAction, pending] = useActionState(sendRecoveryMailAction, initialActionState);
  if (state.ok === true)
    return (
      <p role="status" className="text-sm font-medium text-green-700 dark:text-green-400">
        {msg(state.message)}
      </p>
    );
  return (
    <form action={formAction} className="grid gap-1">
      <input type="hidden" name="orderId" value={orderId} />
      <Button
        type="submit"
        size="sm"
        variant="outline"
        disabled={pending}
        aria-disabled={pending}
        aria-label={t('sendTo', { name: buyerName, course: courseTitle })}
      >
        {pending ? t('sending') : t('send')}
      </Button>
      {state.ok === false ? (
        <p role="alert" className="text-destructive text-sm">
          {msg(state.formError ?? 'Errors.generic')}
        </p>
      ) : null}
    </form>
  );
}
