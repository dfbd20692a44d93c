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

type Sent = { phone: string; resendAfter: number };
type Action<T> = (prev: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

/**
 * Phone + SMS code form for sign-in and sign-up: "Send code" posts to one server action, the main
 * button to the other, both through useActionState so the form works without JavaScript. Name and
 * number are controlled so React's reset after "Send code" keeps what was typed.
 */
export function PhoneCodeForm({
  mode,
  locale,
  callbackUrl,
  requestAction,
  submitAction,
}: {
  mode: 'sign_in' | 'sign_up';
  locale: string;
  callbackUrl: string;
  requestAction: Action<Sent>;
  submitAction: Action<undefined>;
}) {
  const t = useTranslations('Phone');
  const ta = useTranslations('Auth.fields');
  const msg = useMessage();
  const [sendState, sendAction, sending] = useActionState(
    requestAction,
    initialActionState as ActionState<Sent>,
  );
  const [state, formAction, pending] = useActionState(
    submitAction,
    initialActionState as ActionState<undefined>,
  );
  const sent = sendState.ok === true ? sendState.data : undefined;
  const echoed = state.ok === false ? state.values : sendState.ok === false ? sendState.values : {};
  const [phone, setPhone] = useState(sent?.phone ?? echoed?.phone ?? '');
  const [name, setName] = useState(echoed?.name ?? '');
  const failed = state.ok === false ? state : sendState.ok === false ? sendState : null;
  const fieldError = (field: string) => {
    const list = failed?.fieldErrors?.[field];
    return list?.length ? list.map((k) => msg(k)).join(' ') : undefined;
  };
  const wait = sent?.resendAfter ?? (sendState.ok === false ? (sendState.retryAfter ?? 0) : 0);
  return (
    <form action={formAction} className="grid gap-4" noValidate data-testid={`phone-${mode}`}>
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
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="purpose" value={mode} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      {mode === 'sign_up' ? (
        <FormField id="phone-name" label={ta('name')} error={fieldError('name')}>
          {(control) => (
            <Input
              {...control}
              name="name"
              autoComplete="name"
              required
              maxLength={80}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </FormField>
      ) : null}
      <FormField
        id="phone-number"
        label={t('fields.phone')}
        hint={locale === 'zh-CN' ? t('fields.phoneHint') : t('fields.phoneHintIntl')}
        error={fieldError('phone')}
      >
        {(control) => (
          <Input
            {...control}
            name="phone"
            type="tel"
            autoComplete="tel"
            inputMode="tel"
            required
            maxLength={32}
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
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
      <FormField id="phone-code" label={t('fields.code')} error={fieldError('code')}>
        {(control) => (
          <Input
            {...control}
            name="code"
            autoComplete="one-time-code"
            inputMode="numeric"
            pattern="[0-9]{6}"
            maxLength={6}
            required
          />
        )}
      </FormField>
      {mode === 'sign_up' ? (
        <p className="text-muted-foreground text-xs">{t('signUp.noPassword')}</p>
      ) : null}
      <Button type="submit" disabled={pending} aria-disabled={pending}>
        {pending
          ? t(mode === 'sign_up' ? 'signUp.pending' : 'signIn.pending')
          : t(mode === 'sign_up' ? 'signUp.submit' : 'signIn.submit')}
      </Button>
    </form>
  );
}
