'use client';

import { useActionState } from 'react';

import { useTranslations } from 'next-intl';

import { useMessage } from '@/components/auth/action-form';
import { PhoneResendButton } from '@/components/auth/phone-resend-button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';

export type SmsSent = { phone: string; resendAfter: number };
type Action<T> = (prev: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

/**
 * The two actions of every phone form: "Send code" and the form's own submit, both through
 * useActionState so the form works without JavaScript. Errors come from whichever answered last.
 */
export function useSmsCodeForm(requestAction: Action<SmsSent>, submitAction: Action<undefined>) {
  const msg = useMessage();
  const [sendState, sendAction, sending] = useActionState(
    requestAction,
    initialActionState as ActionState<SmsSent>,
  );
  const [state, formAction, pending] = useActionState(
    submitAction,
    initialActionState as ActionState<undefined>,
  );
  const sent = sendState.ok === true ? sendState.data : undefined;
  const failed = state.ok === false ? state : sendState.ok === false ? sendState : null;
  const fieldError = (field: string) => {
    const list = failed?.fieldErrors?.[field];
    return list?.length ? list.map((k) => msg(k)).join(' ') : undefined;
  };
  const wait = sent?.resendAfter ?? (sendState.ok === false ? (sendState.retryAfter ?? 0) : 0);
  return {
    msg,
    sendState,
    sendAction,
    sending,
    state,
    formAction,
    pending,
    sent,
    failed,
    fieldError,
    wait,
  };
}

/** "Send code" with its countdown, then the six-digit code field. */
export function SmsCodeStep({
  id,
  form,
  required,
}: {
  id: string;
  form: ReturnType<typeof useSmsCodeForm>;
  required?: boolean;
}) {
  const t = useTranslations('Phone');
  return (
    <>
      <PhoneResendButton
        formAction={form.sendAction}
        waitSeconds={form.wait}
        sent={!!form.sent}
        pending={form.sending}
        stamp={form.sendState}
      />
      <FormField id={id} label={t('fields.code')} error={form.fieldError('code')}>
        {(control) => (
          <Input
            {...control}
            name="code"
            autoComplete="one-time-code"
            inputMode="numeric"
            pattern="[0-9]{6}"
            maxLength={6}
            required={required}
          />
        )}
      </FormField>
    </>
  );
}
