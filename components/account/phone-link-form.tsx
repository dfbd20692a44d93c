'use client';

import { useState } from 'react';

import { useTranslations } from 'next-intl';

import { SmsCodeStep, useSmsCodeForm } from '@/components/auth/sms-code-step';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { confirmPhoneLinkAction } from '@/lib/actions/account/confirm-phone-link';
import { requestPhoneLinkAction } from '@/lib/actions/account/request-phone-link';

/** Add or change the number: current password + new number → code to that number → save. */
export function PhoneLinkForm() {
  const t = useTranslations('Phone');
  const ta = useTranslations('Account.security');
  const form = useSmsCodeForm(requestPhoneLinkAction, confirmPhoneLinkAction);
  const { msg, formAction, pending, sent, failed, fieldError } = form;
  const [phone, setPhone] = useState('');
  return (
    <form action={formAction} className="grid gap-4" noValidate data-testid="phone-link">
      {failed?.formError ? (
        <Alert variant="destructive">
          {msg(failed.formError, { seconds: failed.retryAfter ?? 0 })}
        </Alert>
      ) : null}
      {sent ? (
        <Alert variant="success" role="status">
          {t('request.sent')}
        </Alert>
      ) : null}
      <FormField id="link-phone" label={t('link.newPhone')} error={fieldError('phone')}>
        {(control) => (
          <Input
            {...control}
            name="phone"
            type="tel"
            autoComplete="tel"
            maxLength={32}
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
          />
        )}
      </FormField>
      <FormField
        id="link-password"
        label={ta('currentPassword')}
        error={fieldError('currentPassword')}
      >
        {(control) => (
          <Input
            {...control}
            name="currentPassword"
            type="password"
            autoComplete="current-password"
          />
        )}
      </FormField>
      <SmsCodeStep id="link-code" form={form} />
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? t('link.pending') : t('link.submit')}
      </Button>
    </form>
  );
}
