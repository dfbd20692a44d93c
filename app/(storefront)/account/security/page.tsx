import type { Metadata } from 'next';

import { getTranslations } from 'next-intl/server';

import { PhoneAccountSection } from '@/components/account/phone-account-section';
import { Section } from '@/components/account/section';
import { ActionForm } from '@/components/auth/action-form';
import { Alert } from '@/components/ui/alert';
import { buttonVariants } from '@/components/ui/button';
import { Link } from '@/components/ui/link';
import { changePasswordAction } from '@/lib/actions/account/change-password';
import { signOutEverywhereAction } from '@/lib/actions/account/sign-out-everywhere';
import { requirePageRole } from '@/lib/auth/guards';
import { getAccountOverview } from '@/lib/data/account';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Account.security'))('metaTitle') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountSecurityPage({ searchParams }: Props) {
  const viewer = await requirePageRole('user', '/account/security');
  const [{ done }, t, tf, account] = await Promise.all([
    searchParams,
    getTranslations('Account.security'),
    getTranslations('Auth.fields'),
    getAccountOverview(viewer),
  ]);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      {done === 'password' ? (
        <Alert variant="success" role="status">
          {t('passwordChanged')}
        </Alert>
      ) : null}
      <PhoneAccountSection userId={viewer.id} done={done} />
      <Section title={t('passwordTitle')} description={t('passwordDescription')}>
        <ActionForm
          action={changePasswordAction}
          submitLabel={t('submitPassword')}
          pendingLabel={t('pending')}
          fields={[
            {
              name: 'currentPassword',
              label: t('currentPassword'),
              type: 'password',
              autoComplete: 'current-password',
              required: true,
            },
            {
              name: 'newPassword',
              label: tf('newPassword'),
              type: 'password',
              autoComplete: 'new-password',
              required: true,
            },
            {
              name: 'confirmPassword',
              label: tf('confirmPassword'),
              type: 'password',
              autoComplete: 'new-password',
              required: true,
            },
          ]}
        />
      </Section>
      <Section
        title={t('twoFactorTitle')}
        description={account.twoFactorEnabled ? t('twoFactorOn') : t('twoFactorOff')}
      >
        {account.twoFactorEnabled ? (
          <p className="text-muted-foreground text-sm">
            {t('recoveryLeft', { count: account.recoveryCodesLeft })}
          </p>
        ) : null}
        <Link
          href="/account/security/two-factor"
          className={buttonVariants({ variant: 'outline', className: 'justify-self-start' })}
        >
          {account.twoFactorEnabled ? t('manage') : t('setUp')}
        </Link>
      </Section>
      <Section title={t('sessionsTitle')} description={t('sessionsDescription')}>
        <ActionForm
          action={signOutEverywhereAction}
          fields={[]}
          submitLabel={t('signOutEverywhere')}
          variant="destructive"
          className="justify-start"
        />
      </Section>
    </>
  );
}
