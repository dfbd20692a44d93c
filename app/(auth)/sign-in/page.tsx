import type { Metadata } from 'next';
import { headers } from 'next/headers';

import { getLocale, getTranslations } from 'next-intl/server';

import { ActionForm } from '@/components/auth/action-form';
import { AuthCard } from '@/components/auth/auth-card';
import { PhoneCodeForm } from '@/components/auth/phone-code-form';
import { PhoneMethodTabs } from '@/components/auth/phone-method-tabs';
import { ProviderButtons } from '@/components/auth/provider-buttons';
import { Alert } from '@/components/ui/alert';
import { Link } from '@/components/ui/link';
import { requestPhoneCodeAction } from '@/lib/actions/auth/request-phone-code';
import { signInAction } from '@/lib/actions/auth/sign-in';
import { signInWithPhoneAction } from '@/lib/actions/auth/sign-in-with-phone';
import {
  configuredOAuthProviders,
  OAUTH_PROVIDER_NAMES,
  offeredOAuthProviders,
} from '@/lib/auth/oauth-providers';
import { safeRedirect } from '@/lib/auth/safe-redirect';
import { pickMethod } from '@/lib/phone/auth-method';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Auth.signIn'))('metaTitle') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const KNOWN_ERRORS = [
  'OAuthAccountNotLinked',
  'OAuthEmailUnverified',
  'TwoFactorRequired',
  'AccessDenied',
] as const;

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const [t, locale] = await Promise.all([getTranslations('Auth'), getLocale()]);
  const method = pickMethod(params.method, locale);
  const callbackUrl = safeRedirect(
    typeof params.callbackUrl === 'string' ? params.callbackUrl : undefined,
    '/',
  );
  const error = typeof params.error === 'string' ? params.error : undefined;
  const errorKey = error
    ? (KNOWN_ERRORS as readonly string[]).includes(error)
      ? error
      : 'default'
    : null;
  const providers = offeredOAuthProviders(
    configuredOAuthProviders(),
    (await headers()).get('user-agent'),
  );
  const notice =
    params.signedOut === 'all'
      ? t('signIn.signedOutAll')
      : params.reset === '1'
        ? t('signIn.resetDone')
        : null;
  return (
    <AuthCard
      title={t('signIn.title')}
      description={t('signIn.description')}
      footer={
        <>
          <Link className="underline underline-offset-4" href="/forgot-password">
            {t('signIn.forgot')}
          </Link>
          <span>
            {t('signIn.noAccount')}{' '}
            <Link
              className="underline underline-offset-4"
              href={`/sign-up${callbackUrl !== '/' ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ''}`}
            >
              {t('signIn.signUpLink')}
            </Link>
          </span>
        </>
      }
    >
      {notice ? (
        <Alert variant="success" role="status">
          {notice}
        </Alert>
      ) : null}
      {errorKey ? (
        <Alert variant="destructive">
          {t(`signIn.errors.${errorKey as (typeof KNOWN_ERRORS)[number] | 'default'}`)}
        </Alert>
      ) : null}
      <PhoneMethodTabs path="/sign-in" method={method} locale={locale} callbackUrl={callbackUrl}>
        {method === 'phone' ? (
          <PhoneCodeForm
            mode="sign_in"
            locale={locale}
            callbackUrl={callbackUrl}
            requestAction={requestPhoneCodeAction}
            submitAction={signInWithPhoneAction}
          />
        ) : (
          <ActionForm
            action={signInAction}
            submitLabel={t('signIn.submit')}
            pendingLabel={t('signIn.pending')}
            fields={[
              {
                name: 'email',
                label: t('fields.email'),
                type: 'email',
                autoComplete: 'email',
                required: true,
              },
              {
                name: 'password',
                label: t('fields.password'),
                type: 'password',
                autoComplete: 'current-password',
                required: true,
              },
              { name: 'callbackUrl', label: '', type: 'hidden', defaultValue: callbackUrl },
            ]}
          />
        )}
      </PhoneMethodTabs>
      {providers.length > 0 ? (
        <div className="grid gap-2">
          <p className="text-muted-foreground text-center text-xs">{t('signIn.orContinue')}</p>
          <ProviderButtons
            callbackUrl={callbackUrl}
            providers={providers.map((p) => ({
              id: p,
              label: t('signIn.withProvider', { provider: OAUTH_PROVIDER_NAMES[p] }),
            }))}
          />
        </div>
      ) : null}
    </AuthCard>
  );
}
