'use client';

import { useActionState } from 'react';

import { useTranslations } from 'next-intl';

import { ModerationReasonFields } from '@/components/admin/moderation-reason-fields';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ReportTarget } from '@/db/schema';
import { initialActionState } from '@/lib/actions/action-state';
import { moderateReportAction } from '@/lib/actions/admin/moderate-report';

/**
 * Dismiss, hide, remove, warn or suspend on one reported thing. Dismiss needs no reason; the other
 * actions need one from the list, and the note is shown to the author.
 */
export function ReportActionForm({
  targetType,
  targetId,
  canSuspend,
}: {
  targetType: ReportTarget;
  targetId: string;
  canSuspend: boolean;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(moderateReportAction, initialActionState);
  if (state.ok === true)
    return (
      <Alert role="status" variant="success">
        {t(state.message ?? 'AdminReports.done.dismiss')}
      </Alert>
    );
  const idPrefix = `report-${targetType}-${targetId}`;
  const contentActions = targetType !== 'user';
  return (
    <form action={formAction} className="grid gap-3" aria-label={t('AdminReports.actionsLabel')}>
      <input type="hidden" name="targetType" value={targetType} />
      <input type="hidden" name="targetId" value={targetId} />
      <ModerationReasonFields
        idPrefix={idPrefix}
        reasonError={state.ok === false ? state.fieldErrors?.reason?.[0] : undefined}
      />
      {state.ok === false && state.formError ? (
        <Alert variant="destructive">{t(state.formError)}</Alert>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="action" value="dismiss" variant="outline" disabled={pending}>
          {t('AdminReports.actions.dismiss')}
        </Button>
        {contentActions ? (
          <>
            <Button type="submit" name="action" value="hide" disabled={pending}>
              {t(
                targetType === 'course'
                  ? 'AdminReports.actions.unpublish'
                  : 'AdminReports.actions.hide',
              )}
            </Button>
            {targetType !== 'course' ? (
              <Button
                type="submit"
                name="action"
                value="remove"
                variant="destructive"
                disabled={pending}
              >
                {t('AdminReports.actions.remove')}
              </Button>
            ) : null}
          </>
        ) : null}
        <Button type="submit" name="action" value="warn" variant="outline" disabled={pending}>
          {t('AdminReports.actions.warn')}
        </Button>
        {canSuspend ? (
          <Button
            type="submit"
            name="action"
            value="suspend"
            variant="destructive"
            disabled={pending}
          >
            {t('AdminReports.actions.suspend')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
