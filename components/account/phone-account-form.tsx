'use client';

import { useActionState, useState } from 'react';

import { useTranslations } from 'next-intl';

import { useMessage } from '@/components/auth/action-form';
import { PhoneResendButton } from '@/components/auth/phone-resend-button';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';
import { requestAccountCodeAction } from '@/lib/actions/account/request-account-code';
import { securePhoneAccountAction } from '@/lib/actions/account/secure-phone-account';

type Sent = { phone: string; resendAfter: number };

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
  const msg = useMessage();
  const [sendState, sendAction, sending] = useActionState(
    requestAccountCodeAction,
    initialActionState as ActionState<Sent>,
  );
  const [state, formAction, pending] = useActionState(
    securePhoneAccountAction,
    initialActionState as ActionState<undefined>,
  );
  const failed = state.ok === false ? state : sendState.ok === false ? sendState : null;
  const [email, setEmail] = useState('');
  const fieldError = (f: string) => failed?.fieldErrors?.[f]?.map((k) => msg(k)).join(' ');
  const sent = sendState.ok === true ? sendState.data : undefined;
  const wait = sent?.resendAfter ?? (sendState.ok === false ? (sendState.retryAfter ?? 0) : 0);
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
      <PhoneResendButton
        formAction={sendAction}
        waitSeconds={wait}
        sent={!!sent}
        pending={sending}
        stamp={sendState}
      />
      <FormField id="secure-code" label={t('fields.code')} error={fieldError('code')}>
        {(control) => (
          <Input
            {...control}
            name="code"
            autoComplete="one-time-code"
            inputMode="numeric"
            pattern="[0-9]{6}"
            maxLength={6}
          />
        )}
      </FormField>
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
