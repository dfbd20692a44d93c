'use client';

import { useActionState } from 'react';

import { useTranslations } from 'next-intl';

import { useMessage } from '@/components/auth/action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FormField } from '@/components/ui/form-field';
import { Input } from '@/components/ui/input';
import { enableTwoFactorAction } from '@/lib/actions/account/enable-two-factor';
import { regenerateRecoveryCodesAction } from '@/lib/actions/account/regenerate-recovery-codes';
import { startTwoFactorAction } from '@/lib/actions/account/start-two-factor';
import { initialActionState, type ActionState } from '@/lib/actions/action-state';

/** Shown once, right after they are made. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useTranslations('Account.twoFactor');
  return (
    <div className="grid gap-2" data-testid="recovery-codes">
      <h3 className="font-semibold">{t('recoveryTitle')}</h3>
      <p className="text-muted-foreground text-sm">{t('recoveryHint')}</p>
      <ul className="bg-muted grid grid-cols-2 gap-1 rounded-md p-3 font-mono text-sm">
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </div>
  );
}

/** Start → scan the QR code → prove a code → see recovery codes. */
export function TwoFactorEnrol() {
  const t = useTranslations('Account.twoFactor');
  const ts = useTranslations('Account.security');
  const msg = useMessage();
  const [started, start, starting] = useActionState(
    startTwoFactorAction,
    initialActionState as ActionState<{ qrDataUrl: string; secret: string }>,
  );
  const [enabled, enable] = useActionState(
    enableTwoFactorAction,
    initialActionState as ActionState<{ recoveryCodes: string[] }>,
  );
  if (enabled.ok === true && enabled.data) {
    return (
      <>
        <Alert variant="success" role="status">
          {t('enabled')}
        </Alert>
        <RecoveryCodes codes={enabled.data.recoveryCodes} />
      </>
    );
  }
  if (started.ok !== true || !started.data) {
    return (
      <form action={start} className="grid gap-3">
        {started.ok === false && started.formError ? (
          <Alert variant="destructive">{msg(started.formError)}</Alert>
        ) : null}
        <Button type="submit" disabled={starting} className="justify-self-start">
          {t('start')}
        </Button>
      </form>
    );
  }
  const failed = enabled.ok === false ? enabled : null;
  const codeError = failed?.fieldErrors?.code?.map((k) => msg(k)).join(' ');
  const passwordError = failed?.fieldErrors?.currentPassword?.map((k) => msg(k)).join(' ');
  return (
    <div className="grid gap-4">
      <p className="text-sm">{t('scan')}</p>
      {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL made on the server */}
      <img
        src={started.data.qrDataUrl}
        alt={t('qrAlt')}
        width={224}
        height={224}
        className="rounded-md border bg-white p-2"
      />
      <p className="text-sm">
        {t('manualKey')}{' '}
        <code
          className="bg-muted rounded px-1 py-0.5 font-mono break-all"
          data-testid="totp-secret"
        >
          {started.data.secret}
        </code>
      </p>
      <form action={enable} className="grid gap-3">
        {failed?.formError ? (
          <Alert variant="destructive">
            {msg(failed.formError, { seconds: failed.retryAfter ?? 0 })}
          </Alert>
        ) : null}
        <label htmlFor="totp-code" className="text-sm font-medium">
          {t('codeLabel')}
        </label>
        <input
          id="totp-code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          aria-invalid={codeError ? true : undefined}
          aria-describedby={codeError ? 'totp-code-error' : undefined}
          className="border-input bg-background h-10 w-40 rounded-md border px-3 font-mono"
        />
        {codeError ? (
          <p id="totp-code-error" className="text-destructive text-xs font-medium">
            {codeError}
          </p>
        ) : null}
        {/* AUTH-8: a stolen session alone cannot turn two-factor on and lock the owner out. */}
        <FormField id="enable-password" label={ts('currentPassword')} error={passwordError}>
          {(control) => (
            <Input
              {...control}
              name="currentPassword"
              type="password"
              autoComplete="current-password"
            />
          )}
        </FormField>
        <Button type="submit" className="justify-self-start">
          {t('enable')}
        </Button>
      </form>
    </div>
  );
}

/** Re-auth, then a fresh set of recovery codes. */
export function RecoveryCodesForm() {
  const t = useTranslations('Account.twoFactor');
  const ts = useTranslations('Account.security');
  const msg = useMessage();
  const [state, action, pending] = useActionState(
    regenerateRecoveryCodesAction,
    initialActionState as ActionState<{ recoveryCodes: string[] }>,
  );
  if (state.ok === true && state.data) return <RecoveryCodes codes={state.data.recoveryCodes} />;
  const failed = state.ok === false ? state : null;
  const error = failed?.fieldErrors?.currentPassword?.map((k) => msg(k)).join(' ');
  return (
    <form action={action} className="grid gap-3">
      {failed?.formError ? (
        <Alert variant="destructive">
          {msg(failed.formError, { seconds: failed.retryAfter ?? 0 })}
        </Alert>
      ) : null}
      <FormField id="regen-password" label={ts('currentPassword')} error={error}>
        {(control) => (
          <Input
            {...control}
            name="currentPassword"
            type="password"
            autoComplete="current-password"
          />
        )}
      </FormField>
      <Button type="submit" variant="outline" disabled={pending} className="justify-self-start">
        {t('regenerate')}
      </Button>
    </form>
  );
}
