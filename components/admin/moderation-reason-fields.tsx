'use client';

import { useTranslations } from 'next-intl';

import { FormField } from '@/components/ui/form-field';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { MODERATION_REASONS } from '@/lib/validation/admin-reports';

/** The reason list and the free-text note shared by the single and the bulk action forms. */
export function ModerationReasonFields({
  idPrefix,
  reasonError,
  form,
}: {
  idPrefix: string;
  reasonError?: string;
  form?: string;
}) {
  const t = useTranslations('AdminReports');
  const tRoot = useTranslations();
  return (
    <div className="grid gap-3 sm:grid-cols-[14rem_1fr]">
      <FormField
        id={`${idPrefix}-reason`}
        label={t('reasonLabel')}
        hint={t('reasonHint')}
        error={reasonError ? tRoot(reasonError) : undefined}
      >
        {(control) => (
          <Select {...control} name="reason" defaultValue="" form={form}>
            <option value="">{t('reasonPick')}</option>
            {MODERATION_REASONS.map((r) => (
              <option key={r} value={r}>
                {t(`reasons.${r}`)}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField id={`${idPrefix}-note`} label={t('noteLabel')} hint={t('noteHint')}>
        {(control) => <Textarea {...control} name="note" maxLength={1000} rows={2} form={form} />}
      </FormField>
    </div>
  );
}
