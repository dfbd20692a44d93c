import type { Metadata } from 'next';

import { getTranslations } from 'next-intl/server';

import { DataExport } from '@/components/account/data-export';
import { Section } from '@/components/account/section';
import { ActionForm } from '@/components/auth/action-form';
import { deleteAccountAction } from '@/lib/actions/account/delete-account';
import { requirePageRole } from '@/lib/auth/guards';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Account.privacy'))('metaTitle') };
}

export default async function AccountPrivacyPage() {
  await requirePageRole('user', '/account/privacy');
  const [t, ts] = await Promise.all([
    getTranslations('Account.privacy'),
    getTranslations('Account.security'),
  ]);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <Section title={t('exportTitle')} description={t('exportDescription')}>
        <DataExport />
      </Section>
      <Section title={t('deleteTitle')} description={t('deleteDescription')}>
        <ActionForm
          action={deleteAccountAction}
          submitLabel={t('deleteSubmit')}
          variant="destructive"
          fields={[
            {
              name: 'currentPassword',
              label: ts('currentPassword'),
              type: 'password',
              autoComplete: 'current-password',
              required: true,
            },
            { name: 'confirm', label: t('deleteConfirm'), type: 'checkbox' },
          ]}
        />
      </Section>
    </>
  );
}
