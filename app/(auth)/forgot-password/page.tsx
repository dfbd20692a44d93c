import type { Metadata } from 'next';

import { getTranslations } from 'next-intl/server';

import { ActionForm } from '@/components/auth/action-form';
import { AuthCard } from '@/components/auth/auth-card';
import { Link } from '@/components/ui/link';
import { forgotPasswordAction } from '@/lib/actions/auth/forgot-password';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Auth.forgot'))('metaTitle') };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations('Auth');
  return (
    <AuthCard
      title={t('forgot.title')}
      description={t('forgot.description')}
      footer={
        <Link className="underline underline-offset-4" href="/sign-in">
          {t('forgot.back')}
        </Link>
      }
    >
      <ActionForm
        action={forgotPasswordAction}
        submitLabel={t('forgot.submit')}
        pendingLabel={t('forgot.pending')}
        fields={[
          {
            name: 'email',
            label: t('fields.email'),
            type: 'email',
            autoComplete: 'email',
            required: true,
          },
        ]}
      />
    </AuthCard>
  );
}
