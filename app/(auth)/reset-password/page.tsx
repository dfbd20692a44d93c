import type { Metadata } from 'next';

import { getTranslations } from 'next-intl/server';

import { ActionForm } from '@/components/auth/action-form';
import { AuthCard } from '@/components/auth/auth-card';
import { Alert } from '@/components/ui/alert';
import { Link } from '@/components/ui/link';
import { resetPasswordAction } from '@/lib/actions/auth/reset-password';

/** The token sits in this URL: no referrer leaves the page (DATA-3); the form posts the token back. */
export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getTranslations('Auth.reset'))('metaTitle'),
    referrer: 'no-referrer',
    robots: { index: false },
  };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const t = await getTranslations('Auth');
  return (
    <AuthCard
      title={t('reset.title')}
      description={t('reset.description')}
      footer={
        <>
          <Link className="underline underline-offset-4" href="/sign-in?reset=1">
            {t('reset.signIn')}
          </Link>
          <Link className="underline underline-offset-4" href="/forgot-password">
            {t('reset.requestNew')}
          </Link>
        </>
      }
    >
      {typeof token !== 'string' ? (
        <Alert variant="destructive">{t('reset.missingToken')}</Alert>
      ) : (
        <ActionForm
          action={resetPasswordAction}
          submitLabel={t('reset.submit')}
          pendingLabel={t('reset.pending')}
          fields={[
            { name: 'token', label: '', type: 'hidden', defaultValue: token },
            {
              name: 'password',
              label: t('fields.newPassword'),
              type: 'password',
              autoComplete: 'new-password',
              required: true,
            },
            {
              name: 'confirmPassword',
              label: t('fields.confirmPassword'),
              type: 'password',
              autoComplete: 'new-password',
              required: true,
            },
          ]}
        />
      )}
    </AuthCard>
  );
}
