'use client';

import { useActionState } from 'react';

import { useTranslations } from 'next-intl';

import { useMessage } from '@/components/auth/action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { initialActionState } from '@/lib/actions/action-state';
import { trainInterestAction } from '@/lib/actions/admin/train-interest';

/** Trains a new interest model version; the action re-checks the admin role (ACCESS-4). */
export function TrainInterestForm() {
  const t = useTranslations('InterestModel');
  const msg = useMessage();
  const [state, formAction, pending] = useActionState(trainInterestAction, initialActionState);
  return (
    <form action={formAction} className="grid gap-3">
      <Button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className="justify-self-start"
      >
        {pending ? t('training') : t('train')}
      </Button>
      {state.ok === true && state.data ? (
        <Alert variant="success" role="status">
          {msg(state.message, { version: state.data.version })}
        </Alert>
      ) : null}
      {state.ok === false ? (
        <Alert variant="destructive">
          {msg(state.formError ?? 'Errors.generic', { seconds: state.retryAfter ?? 0 })}
        </Alert>
      ) : null}
    </form>
  );
}
