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
import { confirmPhoneLinkAction } from '@/lib/actions/account/confirm-phone-link';
import { requestPhoneLinkAction } from '@/lib/actions/account/request-phone-link';

type Sent = { phone: string; resendAfter: number };

/** Add or change the number: current password + new number → code to that number → save. */
export function PhoneLinkForm() {
  const t = useTranslations('Phone');
  const ta = useTranslations('Account.security');
  const msg = useMessage();
  const [sendState, sendAction, sending] = useActionState(
    requestPhoneLinkAction,
    initialActionState as ActionState<Sent>,
  );
  const [state, formAction, pending] = useActionState(
    confirmPhoneLinkAction,
    initialActionState as ActionState<undefined>,
  );
  const sent = sendState.ok === true ? sendState.data : undefined;
  const [phone, setPhone] = useState('');
  const failed = state.ok === false ? state : sendState.ok === false ? sendState : null;
  const fieldError = (f: string) => failed?.fieldErrors?.[f]?.map((k) => msg(k)).join(' ');
  const wait = sent?.resendAfter ?? (sendState.ok === false ? (sendState.retryAfter ?? 0) : 0);
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
      <PhoneResendButton
        formAction={sendAction}
        waitSeconds={wait}
        sent={!!sent}
        pending={sending}
        stamp={sendState}
      />
      <FormField id="link-code" label={t('fields.code')} error={fieldError('code')}>
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
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? t('link.pending') : t('link.submit')}
      </Button>
    </form>
  );
}
