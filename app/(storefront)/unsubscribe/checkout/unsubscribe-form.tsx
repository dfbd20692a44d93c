'use client';

import { useActionState } from 'react';

import { useTranslations } from 'next-intl';

import { useMessage } from '@/components/auth/action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { initialActionState } from '@/lib/actions/action-state';
import { unsubscribeCheckoutMailAction } from '@/lib/actions/checkout-mail/unsubscribe-checkout-mail';

export function UnsubscribeForm({ userId, token }: { userId: string; token: string }) {
  const t = useTranslations('ConversionModel.unsubscribe');
  const msg = useMessage();
  const [state, formAction, pending] = useActionState(
    unsubscribeCheckoutMailAction,
    initialActionState,
  );
  if (state.ok === true)
    return (
      <Alert variant="success" role="status">
        {msg(state.message)}
      </Alert>
    );
  return (
    <form action={formAction} className="grid gap-3">
      <input type="hidden" name="u" value={userId} />
      <input type="hidden" name="t" value={token} />
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? t('pending') : t('confirm')}
      </Button>
      {state.ok === false ? (
        <Alert variant="destructive">{msg(state.formError ?? 'Errors.generic')}</Alert>
      ) : null}
    </form>
  );
}
