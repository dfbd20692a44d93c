'use client';

import { useActionState } from 'react';

import { useTranslations } from 'next-intl';

import { useMessage } from '@/components/auth/action-form';
import { Alert } from '@/components/ui/alert';
import { Button, buttonVariants } from '@/components/ui/button';
import { requestDataExportAction } from '@/lib/actions/account/request-data-export';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';

/** Prepares the export link (also mailed); the download itself is a signed-in GET that changes nothing. */
export function DataExport() {
  const t = useTranslations('Account.privacy');
  const msg = useMessage();
  const [state, action, pending] = useActionState(
    requestDataExportAction,
    initialActionState as ActionState<{ url: string }>,
  );
  return (
    <form action={action} className="grid gap-3">
      {state.ok === false && state.formError ? (
        <Alert variant="destructive">
          {msg(state.formError, { seconds: state.retryAfter ?? 0 })}
        </Alert>
      ) : null}
      {state.ok === true && state.data ? (
        <Alert variant="success" role="status">
          <p>{msg(state.message)}</p>
          <a
            href={state.data.url}
            className={buttonVariants({ variant: 'outline', className: 'mt-2 justify-self-start' })}
            download
          >
            {t('download')}
          </a>
        </Alert>
      ) : (
        <Button type="submit" disabled={pending} className="justify-self-start">
          {pending ? t('pending') : t('exportSubmit')}
        </Button>
      )}
    </form>
  );
}
