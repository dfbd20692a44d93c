'use client';

import { useState } from 'react';

import { useTranslations } from 'next-intl';

import { SmsCodeStep, useSmsCodeForm, type SmsSent } from '@/components/auth/sms-code-step';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import type { ActionState } from '@/lib/actions/action-state';

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
  requestAction: Action<SmsSent>;
  submitAction: Action<undefined>;
}) {
  const t = useTranslations('Phone');
  const ta = useTranslations('Auth.fields');
  const form = useSmsCodeForm(requestAction, submitAction);
  const { msg, sendState, state, formAction, pending, sent, failed, fieldError } = form;
  const echoed = state.ok === false ? state.values : sendState.ok === false ? sendState.values : {};
  const [phone, setPhone] = useState(sent?.phone ?? echoed?.phone ?? '');
  const [name, setName] = useState(echoed?.name ?? '');
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
      <SmsCodeStep id="phone-code" form={form} required />
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
