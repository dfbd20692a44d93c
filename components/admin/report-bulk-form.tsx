'use client';

import { useActionState } from 'react';

import { useTranslations } from 'next-intl';

import { ModerationReasonFields } from '@/components/admin/moderation-reason-fields';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { initialActionState } from '@/lib/actions/action-state';
import { bulkModerateReportsAction } from '@/lib/actions/admin/bulk-moderate-reports';

export const BULK_FORM_ID = 'reports-bulk';

/** Dismiss or hide every ticked row (the row checkboxes join this form through `form=`). */
export function ReportBulkForm() {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(
    bulkModerateReportsAction,
    initialActionState,
  );
  const done = state.ok === true ? state.data : undefined;
  return (
    <form
      id={BULK_FORM_ID}
      action={formAction}
      className="grid gap-3 rounded-lg border p-4"
      aria-labelledby="reports-bulk-title"
    >
      <h2 id="reports-bulk-title" className="text-base font-semibold">
        {t('AdminReports.bulk.title')}
      </h2>
      <p className="text-muted-foreground text-sm">{t('AdminReports.bulk.hint')}</p>
      <ModerationReasonFields
        idPrefix="reports-bulk"
        reasonError={state.ok === false ? state.fieldErrors?.reason?.[0] : undefined}
      />
      {state.ok === false && (state.formError || state.fieldErrors?.targets) ? (
        <Alert variant="destructive">
          {t(state.formError ?? state.fieldErrors?.targets?.[0] ?? 'Errors.generic')}
        </Alert>
      ) : null}
      {done ? (
        <Alert role="status" variant="success">
          {t('AdminReports.bulk.done', done)}
        </Alert>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="action" value="dismiss" variant="outline" disabled={pending}>
          {t('AdminReports.bulk.dismiss')}
        </Button>
        <Button type="submit" name="action" value="hide" disabled={pending}>
          {t('AdminReports.bulk.hide')}
        </Button>
      </div>
    </form>
  );
}
