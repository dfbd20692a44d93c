import type { Metadata } from 'next';

import { getTranslations } from 'next-intl/server';

import { ActionForm } from '@/components/auth/action-form';
import { AuthCard } from '@/components/auth/auth-card';
import { Link } from '@/components/ui/link';
import { verifyTwoFactorAction } from '@/lib/actions/auth/verify-two-factor';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Auth.twoFactor'))('metaTitle') };
}

/** Second sign-in step; the pending challenge lives in an HttpOnly cookie set by the password step. */
export default async function TwoFactorPage() {
  const t = await getTranslations('Auth');
  return (
    <AuthCard
      title={t('twoFactor.title')}
      description={t('twoFactor.description')}
      footer={
        <Link className="underline underline-offset-4" href="/sign-in">
          {t('twoFactor.back')}
        </Link>
      }
    >
      <ActionForm
        action={verifyTwoFactorAction}
        submitLabel={t('twoFactor.submit')}
        pendingLabel={t('twoFactor.pending')}
        fields={[
          {
            name: 'code',
            label: t('fields.code'),
            autoComplete: 'one-time-code',
            inputMode: 'text',
            hint: t('twoFactor.hint'),
            required: true,
            maxLength: 20,
          },
        ]}
      />
    </AuthCard>
  );
}
