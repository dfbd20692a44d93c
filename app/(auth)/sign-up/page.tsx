import type { Metadata } from 'next';

import { getLocale, getTranslations } from 'next-intl/server';

import { ActionForm } from '@/components/auth/action-form';
import { AuthCard } from '@/components/auth/auth-card';
import { PhoneCodeForm } from '@/components/auth/phone-code-form';
import { PhoneMethodTabs } from '@/components/auth/phone-method-tabs';
import { Link } from '@/components/ui/link';
import { requestPhoneCodeAction } from '@/lib/actions/auth/request-phone-code';
import { signUpAction } from '@/lib/actions/auth/sign-up';
import { signUpWithPhoneAction } from '@/lib/actions/auth/sign-up-with-phone';
import { safeRedirect } from '@/lib/auth/safe-redirect';
import { pickMethod } from '@/lib/phone/auth-method';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Auth.signUp'))('metaTitle') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignUpPage({ searchParams }: Props) {
  const [t, locale, params] = await Promise.all([
    getTranslations('Auth'),
    getLocale(),
    searchParams,
  ]);
  const method = pickMethod(params.method, locale);
  const callbackUrl = safeRedirect(
    typeof params.callbackUrl === 'string' ? params.callbackUrl : undefined,
    '/',
  );
  return (
    <AuthCard
      title={t('signUp.title')}
      description={t('signUp.description')}
      footer={
        <span>
          {t('signUp.haveAccount')}{' '}
          <Link className="underline underline-offset-4" href="/sign-in">
            {t('signUp.signInLink')}
          </Link>
        </span>
      }
    >
      <PhoneMethodTabs path="/sign-up" method={method} locale={locale} callbackUrl={callbackUrl}>
        {method === 'phone' ? (
          <PhoneCodeForm
            mode="sign_up"
            locale={locale}
            callbackUrl={callbackUrl}
            requestAction={requestPhoneCodeAction}
            submitAction={signUpWithPhoneAction}
          />
        ) : (
          <ActionForm
            action={signUpAction}
            submitLabel={t('signUp.submit')}
            pendingLabel={t('signUp.pending')}
            fields={[
              {
                name: 'name',
                label: t('fields.name'),
                autoComplete: 'name',
                required: true,
                maxLength: 80,
              },
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
                autoComplete: 'new-password',
                hint: t('signUp.passwordHint'),
                required: true,
              },
              { name: 'locale', label: '', type: 'hidden', defaultValue: locale },
            ]}
          />
        )}
      </PhoneMethodTabs>
    </AuthCard>
  );
}
