import type { Metadata } from 'next';

import { getTranslations } from 'next-intl/server';

import { ActionForm } from '@/components/auth/action-form';
import { AuthCard } from '@/components/auth/auth-card';
import { Alert } from '@/components/ui/alert';
import { Link } from '@/components/ui/link';
import { verifyEmailAction } from '@/lib/actions/auth/verify-email';
import { confirmEmailChangeAction } from '@/lib/actions/account/confirm-email-change';

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: (await getTranslations('Auth.verify'))('metaTitle'),
    referrer: 'no-referrer',
    robots: { index: false },
  };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Opening the link changes nothing: the person presses Confirm, which posts the token. Mail scanners
 * that prefetch links therefore cannot use up the token.
 */
export default async function VerifyEmailPage({ searchParams }: Props) {
  const { token, type } = await searchParams;
  const t = await getTranslations('Auth');
  const isChange = type === 'change';
  return (
    <AuthCard
      title={isChange ? t('verify.changeTitle') : t('verify.title')}
      description={isChange ? t('verify.changeDescription') : t('verify.description')}
      footer={
        <Link className="underline underline-offset-4" href="/">
          {t('verify.continue')}
        </Link>
      }
    >
      {typeof token !== 'string' ? (
        <Alert variant="destructive">{t('verify.missingToken')}</Alert>
      ) : (
        <ActionForm
          action={isChange ? confirmEmailChangeAction : verifyEmailAction}
          submitLabel={t('verify.submit')}
          pendingLabel={t('verify.pending')}
          fields={[{ name: 'token', label: '', type: 'hidden', defaultValue: token }]}
        />
      )}
    </AuthCard>
  );
}
