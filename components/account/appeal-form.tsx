'use client';

import { useActionState } from 'react';

import { useTranslations } from 'next-intl';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Textarea } from '@/components/ui/textarea';
import { initialActionState } from '@/lib/actions/action-state';
import { appealDecisionAction } from '@/lib/actions/moderation/appeal-decision';

/** One appeal per decision: the text goes to the moderators, who uphold or reverse. */
export function AppealForm({ decisionId }: { decisionId: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(appealDecisionAction, initialActionState);
  if (state.ok === true)
    return (
      <Alert role="status" variant="success">
        {t(state.message ?? 'Appeals.sent')}
      </Alert>
    );
  const error = state.ok === false ? state.fieldErrors?.text?.[0] : undefined;
  return (
    <form action={formAction} className="grid gap-3">
      <input type="hidden" name="decisionId" value={decisionId} />
      <FormField
        id={`appeal-${decisionId}`}
        label={t('Appeals.textLabel')}
        hint={t('Appeals.textHint')}
        error={error ? t(error) : undefined}
      >
        {(control) => (
          <Textarea
            {...control}
            name="text"
            maxLength={2000}
            rows={3}
            defaultValue={state.ok === false ? state.values?.text : undefined}
          />
        )}
      </FormField>
      {state.ok === false && state.formError ? (
        <Alert variant="destructive">{t(state.formError)}</Alert>
      ) : null}
      <Button type="submit" disabled={pending} className="w-fit">
        {t('Appeals.submit')}
      </Button>
    </form>
  );
}
