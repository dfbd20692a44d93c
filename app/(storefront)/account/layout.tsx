import { getTranslations } from 'next-intl/server';

import { AccountNav } from '@/components/account/account-nav';
import { AllMessages } from '@/components/i18n/all-messages';
import { requirePageRole } from '@/lib/auth/guards';

/** Signed-in only; each page and action checks the session again itself. */
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  await requirePageRole('user', '/account');
  const [t, tAppeals] = await Promise.all([
    getTranslations('Account.nav'),
    getTranslations('Appeals'),
  ]);
  const items = [
    { href: '/account', label: t('profile') },
    { href: '/account/security', label: t('security') },
    { href: '/account/email', label: t('email') },
    { href: '/account/privacy', label: t('privacy') },
    { href: '/account/moderation', label: tAppeals('navLabel') },
  ];
  return (
    <AllMessages>
      <div className="mx-auto grid w-full max-w-5xl gap-6 px-4 py-8 md:grid-cols-[12rem_1fr]">
        <div className="grid content-start gap-3">
          <p className="text-lg font-semibold">{t('title')}</p>
          <AccountNav items={items} label={t('label')} />
        </div>
        <div className="grid min-w-0 content-start gap-6">{children}</div>
      </div>
    </AllMessages>
  );
}
