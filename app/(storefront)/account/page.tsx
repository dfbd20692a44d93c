import type { Metadata } from 'next';

import { getTranslations } from 'next-intl/server';

import { Section } from '@/components/account/section';
import { ActionForm } from '@/components/auth/action-form';
import { Alert, AlertTitle } from '@/components/ui/alert';
import { LOCALES } from '@/i18n/config';
import { updateProfileAction } from '@/lib/actions/account/update-profile';
import { resendVerificationAction } from '@/lib/actions/auth/resend-verification';
import { setLocaleAction } from '@/lib/actions/preferences/set-locale';
import { requirePageRole } from '@/lib/auth/guards';
import { getAccountOverview } from '@/lib/data/account';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Account.profile'))('metaTitle') };
}

const LOCALE_NAMES: Record<(typeof LOCALES)[number], string> = {
  en: 'English',
  'zh-CN': '简体中文',
};

export default async function AccountProfilePage() {
  const viewer = await requirePageRole('user', '/account');
  const [t, account] = await Promise.all([
    getTranslations('Account.profile'),
    getAccountOverview(viewer),
  ]);
  return (
    <>
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      {!account.emailVerified ? (
        <Alert variant="info" role="status">
          <AlertTitle>{t('unverifiedTitle')}</AlertTitle>
          <p>{t('unverified')}</p>
          <ActionForm
            action={resendVerificationAction}
            fields={[]}
            submitLabel={t('resend')}
            variant="outline"
            className="mt-2 justify-start"
          />
        </Alert>
      ) : null}
      <Section title={t('title')} description={t('description')}>
        {account.image ? (
          // eslint-disable-next-line @next/next/no-img-element -- served by our own image route
          <img
            src={account.image}
            alt=""
            width={64}
            height={64}
            className="size-16 rounded-full object-cover"
          />
        ) : null}
        <ActionForm
          action={updateProfileAction}
          submitLabel={t('submit')}
          pendingLabel={t('pending')}
          fields={[
            {
              name: 'name',
              label: t('name'),
              defaultValue: account.name,
              autoComplete: 'name',
              required: true,
              maxLength: 80,
            },
            {
              name: 'avatar',
              label: t('avatar'),
              type: 'file',
              accept: 'image/jpeg,image/png,image/webp,image/gif,image/avif',
              hint: t('avatarHint'),
            },
          ]}
        />
      </Section>
      <Section title={t('languageTitle')} description={t('languageDescription')}>
        <ActionForm
          action={setLocaleAction}
          submitLabel={t('languageSave')}
          fields={[
            {
              name: 'locale',
              label: t('language'),
              type: 'select',
              defaultValue: account.locale,
              options: LOCALES.map((l) => ({ value: l, label: LOCALE_NAMES[l] })),
            },
          ]}
        />
      </Section>
    </>
  );
}
