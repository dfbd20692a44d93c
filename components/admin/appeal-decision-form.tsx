'use client';

import { useActionState } from 'react';

import { useTranslations } from 'next-intl';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Textarea } from '@/components/ui/textarea';
import { initialActionState } from '@/lib/actions/action-state';
import { decideAppealAction } from '@/lib/actions/admin/decide-appeal';

/** Uphold the decision, or reverse it (which restores the content); the note goes to the author. */
export function AppealDecisionForm({ decisionId }: { decisionId: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(decideAppealAction, initialActionState);
  if (state.ok === true)
    return (
      <Alert role="status" variant="success">
        {t(state.message ?? 'AdminReports.appeals.upheld')}
      </Alert>
    );
  return (
    <form action={formAction} className="grid gap-3">
      <input type="hidden" name="decisionId" value={decisionId} />
      <FormField
        id={`appeal-note-${decisionId}`}
        label={t('AdminReports.appeals.noteLabel')}
        hint={t('AdminReports.appeals.noteHint')}
      >
        {(control) => <Textarea {...control} name="note" maxLength={1000} rows={2} />}
      </FormField>
      {state.ok === false && state.formError ? (
        <Alert variant="destructive">{t(state.formError)}</Alert>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="outcome" value="upheld" variant="outline" disabled={pending}>
          {t('AdminReports.appeals.uphold')}
        </Button>
        <Button type="submit" name="outcome" value="reversed" disabled={pending}>
          {t('AdminReports.appeals.reverse')}
        </Button>
      </div>
    </form>
  );
}
