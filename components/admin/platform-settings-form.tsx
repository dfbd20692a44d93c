'use client';

import { useActionState } from 'react';

import { useTranslations } from 'next-intl';

import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { initialActionState } from '@/lib/actions/action-state';
import { updatePlatformSettingsAction } from '@/lib/actions/admin/update-platform-settings';
import { REVIEW_POLICIES, type ReviewPolicy } from '@/lib/review-policy';

type Values = {
  platformFeeBps: number;
  refundWindowDays: number;
  refundMaxConsumedPercent: number;
  creatorCanSeeEmails: boolean;
  reviewPolicy: ReviewPolicy;
};

const NUMBER_FIELDS = [
  ['platformFeeBps', { min: 0, max: 50, step: 0.01 }],
  ['refundWindowDays', { min: 0, max: 60, step: 1 }],
  ['refundMaxConsumedPercent', { min: 0, max: 100, step: 1 }],
] as const;

/** The platform's settings with a required reason; the server re-validates and audits the change. */
export function PlatformSettingsForm({ values }: { values: Values }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(
    updatePlatformSettingsAction,
    initialActionState,
  );
  const fieldError = (name: string) => {
    const key = state.ok === false ? state.fieldErrors?.[name]?.[0] : undefined;
    return key ? t(key) : undefined;
  };
  // The fee is stored in basis points and shown as a percentage.
  const shown = (name: keyof Values) =>
    name === 'platformFeeBps' ? values.platformFeeBps / 100 : Number(values[name]);
  return (
    <form action={formAction} className="grid max-w-xl gap-4">
      {NUMBER_FIELDS.map(([name, range]) => (
        <FormField
          key={name}
          id={`setting-${name}`}
          label={t(`Admin.Settings.${name}`)}
          hint={t(`Admin.Settings.${name}Hint`)}
          error={fieldError(name)}
        >
          {(control) => (
            <Input
              {...control}
              name={name}
              type="number"
              inputMode="decimal"
              required
              defaultValue={(state.ok === false ? state.values?.[name] : undefined) ?? shown(name)}
              {...range}
              className="w-32"
            />
          )}
        </FormField>
      ))}
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          name="creatorCanSeeEmails"
          defaultChecked={values.creatorCanSeeEmails}
          className="size-4"
        />
        {t('Admin.Settings.creatorCanSeeEmails')}
      </label>
      <FormField
        id="setting-reviewPolicy"
        label={t('Admin.Settings.reviewPolicy')}
        hint={t('Admin.Settings.reviewPolicyHint')}
        error={fieldError('reviewPolicy')}
      >
        {(control) => (
          <Select {...control} name="reviewPolicy" defaultValue={values.reviewPolicy}>
            {REVIEW_POLICIES.map((p) => (
              <option key={p} value={p}>
                {t(`Admin.Settings.reviewPolicies.${p}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField
        id="setting-reason"
        label={t('Admin.Settings.reason')}
        error={fieldError('reason')}
      >
        {(control) => <Textarea {...control} name="reason" required maxLength={1000} />}
      </FormField>
      {state.ok === false && state.formError ? (
        <Alert variant="destructive">{t(state.formError)}</Alert>
      ) : null}
      {state.ok === true && state.message ? <Alert role="status">{t(state.message)}</Alert> : null}
      <div>
        <Button type="submit" disabled={pending}>
          {t('Admin.Settings.save')}
        </Button>
      </div>
    </form>
  );
}
