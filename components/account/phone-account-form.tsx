'use client';

import { useState } from 'react';

import { useTranslations } from 'next-intl';

import { SmsCodeStep, useSmsCodeForm } from '@/components/auth/sms-code-step';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { requestAccountCodeAction } from '@/lib/actions/account/request-account-code';
import { securePhoneAccountAction } from '@/lib/actions/account/secure-phone-account';

/** Code to the account's own number, then the email and/or password the account still lacks. */
export function PhoneAccountForm({
  needsEmail,
  needsPassword,
}: {
  needsEmail: boolean;
  needsPassword: boolean;
}) {
  const t = useTranslations('Phone');
  const tf = useTranslations('Auth.fields');
  const form = useSmsCodeForm(requestAccountCodeAction, securePhoneAccountAction);
  const { msg, state, formAction, pending, sent, failed, fieldError } = form;
  const [email, setEmail] = useState('');
  const input = (name: string, label: string, type: string, autoComplete: string) => (
    <FormField id={`secure-${name}`} label={label} error={fieldError(name)}>
      {(control) => <Input {...control} name={name} type={type} autoComplete={autoComplete} />}
    </FormField>
  );
  return (
    <form action={formAction} className="grid gap-4" noValidate data-testid="phone-secure">
      {failed?.formError ? (
        <Alert variant="destructive">
          {msg(failed.formError, { seconds: failed.retryAfter ?? 0 })}
        </Alert>
      ) : null}
      {state.ok === true && state.message ? (
        <Alert variant="success" role="status">
          {msg(state.message)}
        </Alert>
      ) : sent ? (
        <Alert variant="success" role="status">
          {t('account.codeSent')}
        </Alert>
      ) : null}
      <SmsCodeStep id="secure-code" form={form} />
      {needsEmail ? (
        <FormField id="secure-email" label={tf('email')} error={fieldError('email')}>
          {(control) => (
            <Input
              {...control}
              name="email"
              type="email"
              autoComplete="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </FormField>
      ) : null}
      {needsPassword ? input('newPassword', tf('newPassword'), 'password', 'new-password') : null}
      {needsPassword
        ? input('confirmPassword', tf('confirmPassword'), 'password', 'new-password')
        : null}
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? t('account.pending') : t('account.submit')}
      </Button>
    </form>
  );
}
