import type { Metadata } from 'next';

import { getTranslations } from 'next-intl/server';

import { Section } from '@/components/account/section';
import { ActionForm } from '@/components/auth/action-form';
import { changeEmailAction } from '@/lib/actions/account/change-email';
import { requirePageRole } from '@/lib/auth/guards';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Account.email'))('metaTitle') };
}

export default async function AccountEmailPage() {
  const viewer = await requirePageRole('user', '/account/email');
  const [t, ts] = await Promise.all([
    getTranslations('Account.email'),
    getTranslations('Account.security'),
  ]);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <Section title={t('title')} description={t('description')}>
        <p className="text-sm">{t('current', { email: viewer.email ?? '—' })}</p>
        <ActionForm
          action={changeEmailAction}
          submitLabel={t('submit')}
          pendingLabel={t('pending')}
          fields={[
            {
              name: 'newEmail',
              label: t('newEmail'),
              type: 'email',
              autoComplete: 'email',
              required: true,
            },
            {
              name: 'currentPassword',
              label: ts('currentPassword'),
              type: 'password',
              autoComplete: 'current-password',
              required: true,
            },
          ]}
        />
      </Section>
    </>
  );
}
