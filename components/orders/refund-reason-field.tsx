'use client';

import { useTranslations } from 'next-intl';

import { FormField } from '@/components/ui/form-field';
import { Textarea } from '@/components/ui/textarea';

/** The reason a refund needs: the buyer's request and the admin's direct refund both ask it. */
export function RefundReasonField({
  id,
  label,
  error,
  defaultValue,
}: {
  id: string;
  label: string;
  /** The message key from the action's field errors. */
  error?: string;
  defaultValue?: string;
}) {
  const t = useTranslations();
  return (
    <FormField id={id} label={label} error={error ? t(error) : undefined}>
      {(control) => (
        <Textarea
          {...control}
          name="reason"
          required
          minLength={3}
          maxLength={1000}
          defaultValue={defaultValue}
        />
      )}
    </FormField>
  );
}
