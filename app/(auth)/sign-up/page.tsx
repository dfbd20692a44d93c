import type { Metadata } from 'next';
import Link from 'next/link';

import { getLocale, getTranslations } from 'next-intl/server';

import { ActionForm } from '@/components/auth/action-form';
import { AuthCard } from '@/components/auth/auth-card';
import { signUpAction } from '@/lib/actions/auth/sign-up';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Auth.signUp'))('metaTitle') };
}

export default async function SignUpPage() {
  const [t, locale] = await Promise.all([getTranslations('Auth'), getLocale()]);
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
    </AuthCard>
  );
}
