import type { Metadata } from 'next';

import { getTranslations } from 'next-intl/server';

import { Section } from '@/components/account/section';
import { RecoveryCodesForm, TwoFactorEnrol } from '@/components/account/two-factor-enrol';
import { ActionForm } from '@/components/auth/action-form';
import { Alert } from '@/components/ui/alert';
import { Link } from '@/components/ui/link';
import { disableTwoFactorAction } from '@/lib/actions/account/disable-two-factor';
import { requirePageRole, TWO_FACTOR_ENROL_PATH } from '@/lib/auth/guards';
import { getAccountOverview } from '@/lib/data/account';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Account.twoFactor'))('metaTitle') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TwoFactorSettingsPage({ searchParams }: Props) {
  const viewer = await requirePageRole('user', TWO_FACTOR_ENROL_PATH);
  const [{ required }, t, ts, account] = await Promise.all([
    searchParams,
    getTranslations('Account.twoFactor'),
    getTranslations('Account.security'),
    getAccountOverview(viewer),
  ]);
  const mustEnrol = viewer.mustEnrolTwoFactor || required === '1';
  return (
    <>
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      {mustEnrol && !account.twoFactorEnabled ? (
        <Alert variant="info" role="status">
          {t('required')}
        </Alert>
      ) : null}
      {account.twoFactorEnabled ? (
        <>
          <Alert variant="success" role="status">
            {t('enabled')}
          </Alert>
          <Section title={t('regenerateTitle')} description={t('regenerateDescription')}>
            <RecoveryCodesForm />
          </Section>
          {viewer.role !== 'admin' ? (
            <Section title={t('disableTitle')} description={t('disableDescription')}>
              <ActionForm
                action={disableTwoFactorAction}
                submitLabel={t('disable')}
                variant="destructive"
                fields={[
                  {
                    name: 'currentPassword',
                    label: ts('currentPassword'),
                    type: 'password',
                    autoComplete: 'current-password',
                    required: true,
                  },
                  {
                    name: 'code',
                    label: t('codeLabel'),
                    autoComplete: 'one-time-code',
                    required: true,
                    maxLength: 20,
                  },
                ]}
              />
            </Section>
          ) : null}
        </>
      ) : (
        <Section title={t('title')} description={t('intro')}>
          <TwoFactorEnrol />
        </Section>
      )}
      <Link href="/account/security" className="text-sm underline underline-offset-4">
        {t('back')}
      </Link>
    </>
  );
}
